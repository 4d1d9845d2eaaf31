import type { ReadableDb } from '../../../db/client';
import type { Caller } from '../context';
import { requireActor } from '../context';
import { preparedWrite, type Handlers, type PrepareContext } from '../handler-types';
import { AppError } from '../errors';
import { readOffice, writeOffice } from '../settings';
import {
  insertUser,
  findUserByUsername,
  getUserRow,
  getUserView,
  hasUsers,
  recordLogin,
  setOwnPassword,
} from '../users';
import type { authContract, SessionView } from './contract';
import { BUSY_MESSAGE, DUMMY_HASH, hashNewPassword, verifyPassword } from './password';
import { permissionsFor } from './permissions';
import { endSessionsOf } from './sessions';
import {
  loginAttemptOf,
  throttledMessage,
  wrongPasswordMessage,
  type FailureOutcome,
  type LoginAttempt,
} from './throttle';

/**
 * One message for an unknown name and a wrong password, so it never reveals which usernames exist: with the tries
 * left before a wait when the throttle counted the failure.
 */
const badCredentials = (failure: FailureOutcome | null, now: Date): string =>
  failure ? wrongPasswordMessage(failure, now) : '用户名或密码错误，请检查后重试。';

export function sessionView(db: ReadableDb, userId: number): SessionView {
  const user = getUserView(db, userId);
  return { user, permissions: permissionsFor(user.role) };
}

function assertSetupAllowed(db: ReadableDb, caller: Caller): void {
  if (hasUsers(db)) throw new AppError('CONFLICT', '系统已经初始化，请直接登录。');
  if (!caller.local) {
    throw new AppError('FORBIDDEN', '为安全起见，首个管理员账户只能在运行本系统的电脑上创建。');
  }
}

/** What the password check before the transaction found; the transaction acts on it and audits it. */
type PasswordCheck =
  | { kind: 'throttled'; until: Date }
  | { kind: 'busy' }
  | {
      kind: 'checked';
      match: boolean;
      userId: number | null;
      checkedHash: string | null;
      /** What the throttle made of a failure (null when the password matched). */
      failure: FailureOutcome | null;
    };

/**
 * Checks a password off the event loop, unless the throttle refuses the attempt unheard. Every outcome feeds the
 * throttle. An unknown name costs the same scrypt as a known one, so times do not reveal which names exist.
 */
async function checkPassword(
  ctx: PrepareContext,
  attempt: LoginAttempt,
  password: string,
  row: { id: number; passwordHash: string } | undefined,
): Promise<PasswordCheck> {
  const until = ctx.logins.blockedUntil(attempt, ctx.now);
  if (until) return { kind: 'throttled', until };
  let match: boolean;
  try {
    match = (await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH)) && row !== undefined;
  } catch (error) {
    if (error instanceof AppError && error.code === 'BUSY') return { kind: 'busy' };
    throw error;
  }
  let failure: FailureOutcome | null = null;
  if (match) ctx.logins.succeeded(attempt);
  else failure = ctx.logins.failed(attempt, ctx.now);
  return { kind: 'checked', match, userId: row?.id ?? null, checkedHash: row?.passwordHash ?? null, failure };
}

/** The refusal of a check that did not pass; it keeps the audit entry, so every failed attempt is on record. */
function refusalOf(check: PasswordCheck, now: Date, wrong: (failure: FailureOutcome | null) => string): AppError {
  if (check.kind === 'throttled') {
    return new AppError('THROTTLED', throttledMessage(check.until, now), { keepWrites: true });
  }
  if (check.kind === 'busy') return new AppError('BUSY', BUSY_MESSAGE, { keepWrites: true });
  return new AppError('BAD_CREDENTIALS', wrong(check.kind === 'checked' ? check.failure : null), { keepWrites: true });
}

export const authHandlers: Handlers<typeof authContract> = {
  'auth.status': (ctx) => {
    const initialized = hasUsers(ctx.db);
    const office = readOffice(ctx.db);
    return {
      initialized,
      // The first administrator can be claimed only at the machine itself, never over the network.
      setupAllowed: !initialized && ctx.caller.local,
      officeName: office.officeName || null,
      session: ctx.actor?.id ? sessionView(ctx.db, ctx.actor.id) : null,
    };
  },
  'auth.setup': preparedWrite(
    async (ctx, input) => {
      // Refuse before hashing: an anonymous caller must not make the machine spend a second for nothing.
      assertSetupAllowed(ctx.db, ctx.caller);
      return hashNewPassword(input.password);
    },
    (ctx, input, passwordHash) => {
      assertSetupAllowed(ctx.db, ctx.caller);
      writeOffice(ctx.db, { officeName: input.officeName, regionCode: input.regionCode }, ctx.now);
      const id = insertUser(
        ctx.db,
        {
          ...input,
          passwordHash,
          role: 'admin',
          departmentId: null,
          mustChangePassword: false,
        },
        ctx.now,
      );
      ctx.touches('user', id);
      ctx.startSession(id);
      return sessionView(ctx.db, id);
    },
  ),
  'auth.login': preparedWrite(
    async (ctx, input) => {
      const row = findUserByUsername(ctx.db, input.username);
      return checkPassword(ctx, loginAttemptOf(ctx.caller, input.username), input.password, row);
    },
    (ctx, input, check) => {
      if (check.kind === 'checked' && check.userId !== null) ctx.touches('user', check.userId);
      if (check.kind !== 'checked' || !check.match || check.userId === null) {
        throw refusalOf(check, ctx.now, (failure) => badCredentials(failure, ctx.now));
      }
      const row = getUserRow(ctx.db, check.userId);
      // The password changed while it was being checked: the one typed is no longer the account's.
      if (row.passwordHash !== check.checkedHash) {
        throw refusalOf({ ...check, match: false }, ctx.now, () => badCredentials(null, ctx.now));
      }
      if (!row.active) throw new AppError('FORBIDDEN', '该账户已被停用，请联系系统管理员。', { keepWrites: true });
      recordLogin(ctx.db, row.id, ctx.now);
      ctx.startSession(row.id);
      return sessionView(ctx.db, row.id);
    },
  ),
  'auth.logout': (ctx) => {
    ctx.touches('user', requireActor(ctx).id ?? 0);
    ctx.endSession();
    return {};
  },
  'auth.me': (ctx) => {
    const actor = requireActor(ctx);
    if (actor.id === null) throw new AppError('FORBIDDEN', '命令行没有登录账户。');
    return sessionView(ctx.db, actor.id);
  },
  'auth.changePassword': preparedWrite(
    async (ctx, input) => {
      const actor = ctx.actor;
      if (!actor || actor.id === null) {
        throw new AppError('FORBIDDEN', '命令行没有登录账户，请用“users reset-password”。');
      }
      const row = getUserRow(ctx.db, actor.id);
      // Guessing the old password with a stolen session is throttled like guessing it at the login screen.
      const check = await checkPassword(ctx, loginAttemptOf(ctx.caller, row.username), input.oldPassword, row);
      if (check.kind !== 'checked' || !check.match) return { check, newHash: null };
      if (input.newPassword === input.oldPassword) throw new AppError('INVALID_INPUT', '新密码不能与原密码相同。');
      return { check, newHash: await hashNewPassword(input.newPassword) };
    },
    (ctx, _input, { check, newHash }) => {
      const row = getUserRow(ctx.db, requireActor(ctx).id ?? 0);
      ctx.touches('user', row.id);
      if (newHash === null) throw refusalOf(check, ctx.now, () => '原密码不正确，请重新输入。');
      if (check.kind !== 'checked' || row.passwordHash !== check.checkedHash) {
        throw new AppError('CONFLICT', '该账户的密码刚刚已被修改，请重新登录后再试。');
      }
      setOwnPassword(ctx.db, row.id, newHash, ctx.now);
      // Whoever else holds a session of this account (a forgotten PC, a thief) is out; this one stays.
      endSessionsOf(ctx.db, row.id, ctx.caller.sessionToken);
      return {};
    },
  ),
};
