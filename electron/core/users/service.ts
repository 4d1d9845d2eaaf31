import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users } from '../../../db/schema';
import { hashNewPassword, endSessionsOf } from '../auth';
import { findInspector } from '../inspectors';
import { requireActor, type HandlerContext } from '../context';
import { preparedWrite, type Handlers, type PrepareContext } from '../handler-types';
import { AppError, notFound } from '../errors';
import { updateStamp } from '../row-stamps';
import type { usersContract } from './contract';
import { assertDepartmentUsable, insertUser } from './account-writes';
import { countActiveAdmins, getUserRow, getUserView, listUsers } from './queries';
import { assertDepartmentFits, assertMayManage, grantableRoles } from './rules';
import { confinedDepartment } from '../auth/roles-scope.shared';

/**
 * An account may be linked to an officer of its own department whom no other account claims: the link decides whose
 * team results the account enters (results/access.ts).
 */
function assertLinkable(db: Db, account: { id: number; departmentId: number | null }, inspectorId: number): void {
  const officer = findInspector(db, inspectorId);
  if (!officer) throw notFound('该执法人员');
  if (account.departmentId !== null && officer.departmentId !== account.departmentId)
    throw new AppError('INVALID_INPUT', '只能关联本部门的执法人员，请先核对用户所属部门。');
  const taken = db.select().from(users).where(eq(users.inspectorId, inspectorId)).get();
  if (taken && taken.id !== account.id)
    throw new AppError('CONFLICT', `该执法人员已关联到用户“${taken.displayName}”（${taken.username}）。`);
}

/** Loads the account and checks the actor may manage it as it is now. */
function manageable(ctx: HandlerContext, id: number): typeof users.$inferSelect {
  const row = getUserRow(ctx.db, id);
  assertMayManage(requireActor(ctx), row);
  ctx.touches('user', id);
  return row;
}

/** The system must always keep one active administrator who can log in. */
function assertKeepsAnAdmin(db: Db, row: typeof users.$inferSelect, change: 'demote' | 'disable'): void {
  if (row.role === 'admin' && row.active && countActiveAdmins(db) <= 1) {
    const what = change === 'demote' ? '更改其角色' : '停用';
    throw new AppError('CONFLICT', `这是最后一个启用的系统管理员账户，不能${what}。请先创建另一个系统管理员。`);
  }
}

/** The actor of a prepare step: dispatch lets no anonymous caller reach these methods. */
function actorOf(ctx: PrepareContext) {
  if (!ctx.actor) throw new Error('users: dispatch let an anonymous call through');
  return ctx.actor;
}

export const usersHandlers: Handlers<typeof usersContract> = {
  'users.list': (ctx, input) => {
    const actor = requireActor(ctx);
    // A 部门管理员 sees only their own department, whatever filter they send.
    const departmentId = confinedDepartment(actor) ?? input.departmentId;
    return listUsers(ctx.db, { ...input, departmentId });
  },
  'users.grantableRoles': (ctx) => [...grantableRoles(requireActor(ctx))],
  'users.create': preparedWrite(
    async (ctx, input) => {
      assertMayManage(actorOf(ctx), input);
      return hashNewPassword(input.password);
    },
    (ctx, input, passwordHash) => {
      assertMayManage(requireActor(ctx), input);
      const { inspectorId, ...account } = input;
      const id = insertUser(ctx.db, { ...account, passwordHash, mustChangePassword: true }, ctx.now);
      // Linked in the same transaction: an officer's account is never left half made.
      if (inspectorId !== null) {
        assertLinkable(ctx.db, { id, departmentId: account.departmentId }, inspectorId);
        ctx.db
          .update(users)
          .set({ inspectorId, ...updateStamp(ctx.now) })
          .where(eq(users.id, id))
          .run();
      }
      ctx.touches('user', id);
      return getUserView(ctx.db, id);
    },
  ),
  'users.update': (ctx, input) => {
    const row = manageable(ctx, input.id);
    assertMayManage(requireActor(ctx), input);
    assertDepartmentFits(input);
    if (input.departmentId !== row.departmentId) assertDepartmentUsable(ctx.db, input.departmentId);
    if (input.role !== row.role) assertKeepsAnAdmin(ctx.db, row, 'demote');
    ctx.db
      .update(users)
      .set({
        displayName: input.displayName,
        role: input.role,
        departmentId: input.departmentId,
        ...updateStamp(ctx.now),
      })
      .where(eq(users.id, input.id))
      .run();
    // A changed role changes what the open sessions may do: make the user log in again.
    if (input.role !== row.role || input.departmentId !== row.departmentId) endSessionsOf(ctx.db, input.id);
    return getUserView(ctx.db, input.id);
  },
  'users.setActive': (ctx, input) => {
    const row = manageable(ctx, input.id);
    if (!input.active) {
      if (row.id === ctx.actor?.id) throw new AppError('CONFLICT', '不能停用自己正在使用的账户。');
      assertKeepsAnAdmin(ctx.db, row, 'disable');
      endSessionsOf(ctx.db, input.id);
    }
    ctx.db
      .update(users)
      .set({ active: input.active, ...updateStamp(ctx.now) })
      .where(eq(users.id, input.id))
      .run();
    return getUserView(ctx.db, input.id);
  },
  'users.resetPassword': preparedWrite(
    async (ctx, input) => {
      assertMayManage(actorOf(ctx), getUserRow(ctx.db, input.id));
      return hashNewPassword(input.password);
    },
    (ctx, input, passwordHash) => {
      manageable(ctx, input.id);
      ctx.db
        .update(users)
        .set({
          passwordHash,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
          passwordChangedAt: ctx.now.toISOString(),
          ...updateStamp(ctx.now),
        })
        .where(eq(users.id, input.id))
        .run();
      // Every session of the account ends, the administrator's own included when resetting their own password.
      endSessionsOf(ctx.db, input.id);
      return getUserView(ctx.db, input.id);
    },
  ),
  'users.unlock': preparedWrite(
    // The back-off after failed logins lives in memory (auth/throttle.ts); the prepare step hands it over.
    (ctx) => Promise.resolve(ctx.logins),
    (ctx, input, logins) => {
      const row = manageable(ctx, input.id);
      ctx.db
        .update(users)
        .set({ failedAttempts: 0, lockedUntil: null, ...updateStamp(ctx.now) })
        .where(eq(users.id, input.id))
        .run();
      logins.forgetAccount(row.username);
      return getUserView(ctx.db, input.id);
    },
  ),
  'users.linkInspector': (ctx, input) => {
    const row = manageable(ctx, input.id);
    if (input.inspectorId !== null) assertLinkable(ctx.db, row, input.inspectorId);
    ctx.db
      .update(users)
      .set({ inspectorId: input.inspectorId, ...updateStamp(ctx.now) })
      .where(eq(users.id, input.id))
      .run();
    // What the account may enter changes with the link: its sessions start again.
    endSessionsOf(ctx.db, input.id);
    return getUserView(ctx.db, input.id);
  },
};
