import { and, eq, or, type SQL } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { departments, users } from '../../../db/schema';
import { notFound } from '../errors';
import type { Role } from '../roles';
import { containsText } from '../sql';
import type { UserView } from './schemas';

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  departmentId: users.departmentId,
  departmentName: departments.name,
  inspectorId: users.inspectorId,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export interface UserFilter {
  keyword?: string;
  role?: Role;
  departmentId?: number;
  active?: boolean;
}

export function listUsers(db: ReadableDb, filter: UserFilter): UserView[] {
  const where: SQL[] = [];
  if (filter.keyword) {
    const match = or(containsText(users.username, filter.keyword), containsText(users.displayName, filter.keyword));
    if (match) where.push(match);
  }
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.departmentId !== undefined) where.push(eq(users.departmentId, filter.departmentId));
  if (filter.active !== undefined) where.push(eq(users.active, filter.active));
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(and(...where))
    .orderBy(users.id)
    .all();
}

export function getUserView(db: ReadableDb, id: number): UserView {
  const row = db
    .select(userColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id))
    .get();
  if (!row) throw notFound('该用户');
  return row;
}

export function findUserByUsername(db: ReadableDb, username: string): typeof users.$inferSelect | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function getUserRow(db: ReadableDb, id: number): typeof users.$inferSelect {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row) throw notFound('该用户');
  return row;
}

export function countActiveAdmins(db: Db): number {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .all().length;
}
