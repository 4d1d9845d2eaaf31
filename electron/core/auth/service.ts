import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Db } from '../../../db/client';
import { requireActor, type HandlerContext } from '../context';
import type { Handlers } from '../handler-types';
import { AppError } from '../errors';
import { readOffice, writeOffice } from '../settings/service';
import { assertStrongPassword, insertUser } from '../users/service';
import { findUserByUsername, getUserRow, getUserView } from '../users/queries';
import type { authContract, SessionView } from './contract';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';
import { permissionsFor } from './permissions';
import { resolveSession } from './sessions';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

/** One message for an unknown name and a wrong password, so it never reveals which usernames exist. */
const BAD_CREDENTIALS = `用户名或密码错误，请检查后重试。连续 ${MAX_FAILED_ATTEMPTS} 次输错密码，账户将锁定 ${LOCK_MINUTES} 分钟。`;

export function sessionView(db: Db, userId: number): SessionView {
  const user = getUserView(db, userId);
  return { user, permissions: permissionsFor(user.role) };
}

const isInitialized = (db: Db): boolean => db.select({ id: users.id }).from(users).limit(1).get() !== undefined;

function lockMessage(until: string): string {
  const time = new Date(until).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
  return `该账户因连续 ${MAX_FAILED_ATTEMPTS} 次密码错误已被锁定，请在 ${time} 之后再试，或请系统管理员解锁。`;
}

/** Counts a wrong password and locks the account at the limit. The refusal keeps this write. */
function refuseWrongPassword(ctx: HandlerContext, row: typeof users.$inferSelect): never {
  const failures = row.failedAttempts + 1;
  if (failures >= MAX_FAILED_ATTEMPTS) {
    const lockedUntil = new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000).toISOString();
    ctx.db.update(users).set({ failedAttempts: 0, lockedUntil }).where(eq(users.id, row.id)).run();
    throw new AppError('LOCKED', lockMessage(lockedUntil), { keepWrites: true });
  }
  ctx.db.update(users).set({ failedAttempts: failures }).where(eq(users.id, row.id)).run();
  throw new AppError('BAD_CREDENTIALS', BAD_CREDENTIALS, { keepWrites: true });
}

export const authHandlers: Handlers<typeof authContract> = {
  'auth.status': (ctx) => {
    const initialized = isInitialized(ctx.db);
    const office = readOffice(ctx.db);
    const actor = ctx.caller.sessionToken ? resolveSession(ctx.db, ctx.caller.sessionToken, ctx.now) : null;
    return {
      initialized,
      // The first administrator can be claimed only at the machine itself, never over the network.
      setupAllowed: !initialized && ctx.caller.local,
      officeName: office.officeName || null,
      session: actor?.id ? sessionView(ctx.db, actor.id) : null,
    };
  },
  'auth.setup': (ctx, input) => {
    if (isInitialized(ctx.db)) throw new AppError('CONFLICT', '系统已经初始化，请直接登录。');
    if (!ctx.caller.local) {
      throw new AppError('FORBIDDEN', '为安全起见，首个管理员账户只能在运行本系统的电脑上创建。');
    }
    writeOffice(ctx.db, { officeName: input.officeName, regionCode: input.regionCode }, ctx.now);
    const id = insertUser(ctx.db, { ...input, role: 'admin', departmentId: null, mustChangePassword: false });
    ctx.touches('user', id);
    ctx.startSession(id);
    return sessionView(ctx.db, id);
  },
  'auth.login': (ctx, input) => {
    const row = findUserByUsername(ctx.db, input.username);
    if (!row) {
      // Spend the same time as for a real account so response times do not reveal which usernames exist.
      verifyPassword(input.password, DUMMY_HASH);
      throw new AppError('BAD_CREDENTIALS', BAD_CREDENTIALS);
    }
    ctx.touches('user', row.id);
    if (row.lockedUntil && row.lockedUntil > ctx.now.toISOString()) {
      throw new AppError('LOCKED', lockMessage(row.lockedUntil));
    }
    if (!verifyPassword(input.password, row.passwordHash)) refuseWrongPassword(ctx, row);
    if (!row.active) throw new AppError('FORBIDDEN', '该账户已被停用，请联系系统管理员。');
    ctx.db
      .update(users)
      .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: ctx.now.toISOString() })
      .where(eq(users.id, row.id))
      .run();
    ctx.startSession(row.id);
    return sessionView(ctx.db, row.id);
  },
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
  'auth.changePassword': (ctx, input) => {
    const actor = requireActor(ctx);
    if (actor.id === null) throw new AppError('FORBIDDEN', '命令行没有登录账户，请用“users reset-password”。');
    const row = getUserRow(ctx.db, actor.id);
    ctx.touches('user', row.id);
    if (!verifyPassword(input.oldPassword, row.passwordHash)) {
      throw new AppError('BAD_CREDENTIALS', '原密码不正确，请重新输入。');
    }
    if (input.newPassword === input.oldPassword) throw new AppError('INVALID_INPUT', '新密码不能与原密码相同。');
    assertStrongPassword(input.newPassword);
    ctx.db
      .update(users)
      .set({
        passwordHash: hashPassword(input.newPassword),
        mustChangePassword: false,
        passwordChangedAt: ctx.now.toISOString(),
        updatedAt: ctx.now.toISOString(),
      })
      .where(eq(users.id, row.id))
      .run();
    return {};
  },
};
