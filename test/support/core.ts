import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/app';
import type { Caller, Clock } from '../../electron/core/context';
import { call, CallError, type Call } from '../../electron/core/call';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/core/contract';
import type { Role } from '../../electron/core/roles';
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
 * A test's call, typed like every other caller's (core/call.shared.ts's `Call`): the method, its input and its output
 * all come from the contract; a refusal fails the test with the method named.
 */
export type OkCall = Call;

/** Calls a method as `caller` and returns its output, typed by the contract; a refusal fails the test. */
export async function expectOk<M extends MethodName>(
  core: Core,
  caller: Caller,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  try {
    return await call(core, caller, method, input);
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

/** A test file's `call(method, input)`: the typed call's Result, for tests that look at a refusal's code. */
export type ResultCall = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<Dispatched>;

/** A call's Result as the door answers it, the input typed by the contract: for tests that look at a refusal. */
export const resultOf = <M extends MethodName>(
  core: Core,
  caller: Caller,
  method: M,
  input: MethodInput<M>,
): Promise<Dispatched> => core.call(caller, method, input);

/**
 * A call with a deliberately wrong input or an unknown method, past the contract's types: only for tests of what
 * dispatch refuses (validation, unknown names, inputs a hostile caller sends). Every other test calls typed.
 */
export const callUnchecked = (core: Core, caller: Caller, method: string, input: unknown): Promise<Dispatched> =>
  core.call(caller, method, input);

/** The Chinese message of a refusal, or null when the call succeeded. */
export const messageOf = (result: Dispatched): string | null => (result.ok ? null : result.error.message);

/** A test file's `refusal(method, input)`: the typed call's refusal message, or null when it succeeded. */
export type RefusalCall = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<string | null>;

/** The refusal message of a typed call as `caller`, or null when the call succeeded. */
export async function refusalOf<M extends MethodName>(
  core: Core,
  caller: Caller,
  method: M,
  input: MethodInput<M>,
): Promise<string | null> {
  return messageOf(await resultOf(core, caller, method, input));
}

export function tokenOf(result: Dispatched): string {
  if (result.session?.kind !== 'started') throw new Error('no session was started');
  return result.session.token;
}

export const ADMIN_PASSWORD = 'Admin12345';

/** First-run set-up through the contract, as the setup screen does it; returns the admin's session token. */
export async function setUpOffice(core: Core): Promise<string> {
  const result = await resultOf(core, LOCAL_HTTP, 'auth.setup', {
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
  const result = await resultOf(core, LOCAL_HTTP, 'auth.login', { username: 'admin', password: ADMIN_PASSWORD });
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
  user: { username: string; role: Role; departmentId?: number | null },
  password = 'User12345',
): Promise<string> {
  await expectOk(core, withToken(adminToken), 'users.create', {
    displayName: user.username,
    departmentId: null,
    ...user,
    password: INITIAL_PASSWORD,
  });
  const token = tokenOf(
    await resultOf(core, LOCAL_HTTP, 'auth.login', { username: user.username, password: INITIAL_PASSWORD }),
  );
  await expectOk(core, withToken(token), 'auth.changePassword', {
    oldPassword: INITIAL_PASSWORD,
    newPassword: password,
  });
  return token;
}
