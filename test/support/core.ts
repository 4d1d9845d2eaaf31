import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/app';
import type { Caller, Clock } from '../../electron/core/context';
import type { MethodName, MethodOutput } from '../../electron/core/contract';
import type { Dispatched } from '../../electron/core/dispatch';

/** A fresh directory under the OS temp folder, removed by the caller's cleanup. */
export function makeTempDir(prefix = 'ssj-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A clock the test moves by hand, for lockouts and session expiry. */
export class ManualClock implements Clock {
  constructor(private current = new Date('2026-03-02T01:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date): void {
    this.current = new Date(instant);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestCore {
  core: Core;
  dir: string;
  clock: ManualClock;
  cleanup(): void;
}

export function openTestCore(dir = makeTempDir()): TestCore {
  const clock = new ManualClock();
  const core = openCore({ dataDir: dir, clock });
  return {
    core,
    dir,
    clock,
    cleanup: () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const LOCAL_HTTP: Caller = { door: 'http', local: true };
export const withToken = (token: string): Caller => ({ door: 'http', local: true, sessionToken: token });

/** Asserts success and returns the value, typed by the contract. */
export async function expectOk<M extends MethodName>(
  core: Core,
  caller: Caller,
  method: M,
  input: unknown,
): Promise<MethodOutput<M>> {
  const result = await core.call(caller, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

export function tokenOf(result: Dispatched): string {
  if (result.session?.kind !== 'started') throw new Error('no session was started');
  return result.session.token;
}

export const ADMIN_PASSWORD = 'Admin12345';

/** First-run set-up through the contract, as the setup screen does it; returns the admin's session token. */
export async function setUpOffice(core: Core): Promise<string> {
  const result = await core.call(LOCAL_HTTP, 'auth.setup', {
    officeName: '固阳县市场监督管理局',
    regionCode: '150222',
    username: 'admin',
    displayName: '王管理',
    password: ADMIN_PASSWORD,
  });
  if (!result.ok) throw new Error(result.error.message);
  return tokenOf(result);
}

/** Logs the office's admin in again (after the clock moved past the session's lifetime). */
export async function logIn(core: Core): Promise<string> {
  const result = await core.call(LOCAL_HTTP, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
  if (!result.ok) throw new Error(result.error.message);
  return tokenOf(result);
}

/** The password an administrator gives a new account; the helpers below change it at the first login. */
export const INITIAL_PASSWORD = 'Initial12345';

/**
 * Creates an account as the admin and logs it in, returning its token. Like a real user it changes the initial
 * password at once (the core refuses everything else until it does), to `password`.
 */
export async function addUserAndLogin(
  core: Core,
  adminToken: string,
  user: { username: string; role: string; departmentId?: number | null },
  password = 'User12345',
): Promise<string> {
  await expectOk(core, withToken(adminToken), 'users.create', {
    displayName: user.username,
    departmentId: null,
    ...user,
    password: INITIAL_PASSWORD,
  });
  const token = tokenOf(
    await core.call(LOCAL_HTTP, 'auth.login', { username: user.username, password: INITIAL_PASSWORD }),
  );
  await expectOk(core, withToken(token), 'auth.changePassword', {
    oldPassword: INITIAL_PASSWORD,
    newPassword: password,
  });
  return token;
}
