import { and, count, eq, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { users } from '../../../db/schema';
import { departmentsById } from '../departments';
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
  inspectorId: users.inspectorId,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

type UserColumns = Omit<UserView, 'departmentName'>;

/** The rows with their department's full name, looked up in the departments area (null for the county's accounts). */
function withDepartmentNames(db: ReadableDb, rows: UserColumns[]): UserView[] {
  if (rows.length === 0) return [];
  const depts = departmentsById(db);
  // departmentName keeps its place after departmentId, where the joined column stood.
  return rows.map(({ id, username, displayName, role, departmentId, ...rest }) => ({
    id,
    username,
    displayName,
    role,
    departmentId,
    departmentName: departmentId === null ? null : (depts.get(departmentId)?.name ?? null),
    ...rest,
  }));
}

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
  return withDepartmentNames(
    db,
    db
      .select(userColumns)
      .from(users)
      .where(and(...where))
      .orderBy(users.id)
      .all(),
  );
}

export function getUserView(db: ReadableDb, id: number): UserView {
  const row = db.select(userColumns).from(users).where(eq(users.id, id)).get();
  if (!row) throw notFound('该用户');
  return withDepartmentNames(db, [row])[0] as UserView;
}

export function findUserByUsername(db: ReadableDb, username: string): typeof users.$inferSelect | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

/** One account as stored, or undefined. */
export const findUserById = (db: ReadableDb, id: number): typeof users.$inferSelect | undefined =>
  db.select().from(users).where(eq(users.id, id)).get();

export function getUserRow(db: ReadableDb, id: number): typeof users.$inferSelect {
  const row = findUserById(db, id);
  if (!row) throw notFound('该用户');
  return row;
}

/** Whether any account exists: the first-run set-up is open until one does. */
export const hasUsers = (db: ReadableDb): boolean =>
  db.select({ id: users.id }).from(users).limit(1).get() !== undefined;

/** The officer an account is linked to (关联执法人员), or null when it is linked to none or does not exist. */
export const linkedInspectorId = (db: ReadableDb, userId: number): number | null =>
  db.select({ id: users.inspectorId }).from(users).where(eq(users.id, userId)).get()?.id ?? null;

/** How many active accounts each department has (departments without any are absent). */
export function activeUserCounts(db: ReadableDb): Map<number, number> {
  const rows = db
    .select({ departmentId: users.departmentId, n: count() })
    .from(users)
    .where(and(eq(users.active, true), isNotNull(users.departmentId)))
    .groupBy(users.departmentId)
    .all();
  return new Map(rows.map((r) => [r.departmentId as number, r.n]));
}

/** The active officers' accounts (of one department, or all), and how many of them are linked to no officer. */
export function officerAccountCounts(
  db: ReadableDb,
  departmentId: number | null,
): { officers: number; unlinked: number } {
  const where = and(
    eq(users.role, 'inspector'),
    eq(users.active, true),
    departmentId === null ? undefined : eq(users.departmentId, departmentId),
  );
  const officers = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  const unlinked =
    db
      .select({ n: count() })
      .from(users)
      .where(and(where, isNull(users.inspectorId)))
      .get()?.n ?? 0;
  return { officers, unlinked };
}

export function countActiveAdmins(db: Db): number {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .all().length;
}
