import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users } from '../../../db/schema';
import { departmentById } from '../departments';
import { AppError } from '../errors';
import { insertStamps, updateStamp } from '../row-stamps';
import { findUserByUsername } from './queries';
import { assertDepartmentFits, type UserTarget } from './rules';

/**
 * The users area owns the `users` table; logging in and changing one's own password (the auth area's methods) and
 * creating an account (the first-run set-up, the demo and the users screen) write it through these. They load no
 * area whose index reaches the core's contract (auth does), so that reading users from another area is safe at any
 * load order (docs/architecture.md §6, 加载顺序).
 */

/** A successful login clears the failed attempts and any lock, and notes the time. */
export function recordLogin(db: Db, userId: number, now: Date): void {
  db.update(users)
    .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now.toISOString(), ...updateStamp(now) })
    .where(eq(users.id, userId))
    .run();
}

/** The account's own new password: no longer one to change at the next login. */
export function setOwnPassword(db: Db, userId: number, passwordHash: string, now: Date): void {
  db.update(users)
    .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now.toISOString(), ...updateStamp(now) })
    .where(eq(users.id, userId))
    .run();
}

/** An account's department must exist and be active. */
export function assertDepartmentUsable(db: Db, departmentId: number | null): void {
  if (departmentId === null) return;
  const dept = departmentById(db, departmentId);
  if (!dept) throw new AppError('INVALID_INPUT', '所选部门不存在，请刷新部门列表后重新选择。');
  if (!dept.active) throw new AppError('INVALID_INPUT', '所选部门已停用，请选择其他部门或先启用该部门。');
}

/**
 * Inserts an account; shared by the first-run set-up, administrators and the demo. The password arrives hashed
 * (auth/password.ts hashNewPassword, before the transaction), so hashing never holds the write lock.
 */
export function insertUser(
  db: Db,
  input: UserTarget & { username: string; displayName: string; passwordHash: string; mustChangePassword: boolean },
  now: Date,
): number {
  assertDepartmentFits(input);
  assertDepartmentUsable(db, input.departmentId);
  if (findUserByUsername(db, input.username)) {
    throw new AppError('CONFLICT', `用户名「${input.username}」已被使用，请换一个。`);
  }
  const row = db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      departmentId: input.departmentId,
      passwordHash: input.passwordHash,
      mustChangePassword: input.mustChangePassword,
      ...insertStamps(now),
    })
    .returning({ id: users.id })
    .get();
  return row.id;
}
