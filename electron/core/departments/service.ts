import { and, eq, ne, or } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { departments } from '../../../db/schema';
import type { Handlers } from '../handler-types';
import { AppError, notFound } from '../errors';
import { insertStamps, updateStamp } from '../row-stamps';
import type { DepartmentView, departmentsContract } from './contract';
import { activeUserCounts } from '../users';

const columns = {
  id: departments.id,
  code: departments.code,
  name: departments.name,
  shortName: departments.shortName,
  isLead: departments.isLead,
  sortOrder: departments.sortOrder,
  active: departments.active,
};

type DepartmentColumns = Omit<DepartmentView, 'userCount'>;

/** Each department with how many active accounts it has, counted by the users area. */
function withUserCounts(db: ReadableDb, rows: DepartmentColumns[]): DepartmentView[] {
  if (rows.length === 0) return [];
  const counts = activeUserCounts(db);
  return rows.map((row) => ({ ...row, userCount: counts.get(row.id) ?? 0 }));
}

export function listDepartments(db: ReadableDb, includeInactive: boolean): DepartmentView[] {
  return withUserCounts(
    db,
    db
      .select(columns)
      .from(departments)
      .where(includeInactive ? undefined : eq(departments.active, true))
      .orderBy(departments.sortOrder, departments.id)
      .all(),
  );
}

function getDepartment(db: Db, id: number): DepartmentView {
  const row = db.select(columns).from(departments).where(eq(departments.id, id)).get();
  if (!row) throw notFound('该部门');
  return withUserCounts(db, [row])[0] as DepartmentView;
}

function assertUnique(db: Db, fields: { code: string; name: string }, exceptId?: number): void {
  const clash = db
    .select({ code: departments.code, name: departments.name })
    .from(departments)
    .where(
      and(
        or(eq(departments.code, fields.code), eq(departments.name, fields.name)),
        exceptId === undefined ? undefined : ne(departments.id, exceptId),
      ),
    )
    .get();
  if (clash?.code === fields.code) throw new AppError('CONFLICT', `部门编码「${fields.code}」已被使用，请换一个。`);
  if (clash) throw new AppError('CONFLICT', `部门「${fields.name}」已存在。`);
}

export const departmentsHandlers: Handlers<typeof departmentsContract> = {
  'departments.list': (ctx, input) => listDepartments(ctx.db, input.includeInactive),
  'departments.create': (ctx, input) => {
    assertUnique(ctx.db, input);
    const { id } = ctx.db
      .insert(departments)
      .values({ ...input, ...insertStamps(ctx.now) })
      .returning({ id: departments.id })
      .get();
    ctx.touches('department', id);
    return getDepartment(ctx.db, id);
  },
  'departments.update': (ctx, input) => {
    getDepartment(ctx.db, input.id);
    assertUnique(ctx.db, input, input.id);
    const { id, ...fields } = input;
    ctx.db
      .update(departments)
      .set({ ...fields, ...updateStamp(ctx.now) })
      .where(eq(departments.id, id))
      .run();
    return getDepartment(ctx.db, id);
  },
  'departments.setActive': (ctx, input) => {
    const current = getDepartment(ctx.db, input.id);
    if (!input.active && current.isLead) throw new AppError('CONFLICT', '牵头部门不能停用。');
    if (!input.active && current.userCount > 0) {
      throw new AppError(
        'CONFLICT',
        `「${current.name}」还有 ${current.userCount} 个启用的账户，请先将这些账户调到其他部门或停用后再停用该部门。`,
      );
    }
    ctx.db
      .update(departments)
      .set({ active: input.active, ...updateStamp(ctx.now) })
      .where(eq(departments.id, input.id))
      .run();
    return getDepartment(ctx.db, input.id);
  },
};
