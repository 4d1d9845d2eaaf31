import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/app';
import type { Caller, Clock } from '../../electron/core/context';
import { CallError, unwrapResult } from '../../electron/core/call.shared';
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

/**
 * A test's call: the output typed by the contract (core/call.shared.ts), a refusal failing the test with the method
 * named. The input is left to the contract's run-time check: tests pass loose literals and deliberately wrong inputs.
 */
export type OkCall = <M extends MethodName>(method: M, input: unknown) => Promise<MethodOutput<M>>;

/** Calls a method as `caller` and returns its output, typed by the contract; a refusal fails the test. */
export async function expectOk<M extends MethodName>(
  core: Core,
  caller: Caller,
  method: M,
  input: unknown,
): Promise<MethodOutput<M>> {
  try {
    return unwrapResult(method, await core.call(caller, method, input));
  } catch (error) {
    if (error instanceof CallError) throw new Error(`${method} failed: ${error.code} ${error.message}`);
    throw error;
  }
}

/** expectOk as the holder of a session token: the `ok(method, input)` of a test file. */
export const okAs =
  (core: Core, token: string): OkCall =>
  (method, input) =>
    expectOk(core, withToken(token), method, input);

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
