import { and, eq, isNull, or } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { subLibraries, tagCatalogue } from '../../../db/schema';
import { departmentsById, type DepartmentRow } from '../departments';
import { requireActor, type Actor } from '../context';
import { AppError, notFound } from '../errors';
import type { Handlers } from '../handler-types';
import { assertOwnDepartment } from '../ownership';
import { subjectTagCounts } from '../subjects';
import type { librariesContract } from './contract';
import { insertStamps, updateStamp } from '../row-stamps';
import { spansDepartments } from '../auth/roles-scope.shared';

const columns = {
  id: subLibraries.id,
  name: subLibraries.name,
  filter: subLibraries.filter,
  shared: subLibraries.shared,
  createdBy: subLibraries.createdBy,
  departmentId: subLibraries.departmentId,
};

/** What a person sees: the shared libraries, their department's, and — for the lead office — all of them. */
function visible(actor: Actor) {
  if (spansDepartments(actor.role)) return undefined;
  return or(
    eq(subLibraries.shared, true),
    actor.departmentId === null ? isNull(subLibraries.departmentId) : eq(subLibraries.departmentId, actor.departmentId),
  );
}

function listLibraries(db: ReadableDb, actor: Actor, id?: number) {
  const rows = db
    .select(columns)
    .from(subLibraries)
    .where(and(eq(subLibraries.active, true), visible(actor), id === undefined ? undefined : eq(subLibraries.id, id)))
    .orderBy(subLibraries.shared, subLibraries.id)
    .all();
  const depts = rows.length > 0 ? departmentsById(db) : new Map<number, DepartmentRow>();
  // The department's full name (null for the county's own libraries) keeps its place after the filter.
  return rows.map(({ departmentId, id, name, filter, ...rest }) => ({
    id,
    name,
    filter,
    departmentName: departmentId === null ? null : (depts.get(departmentId)?.name ?? null),
    ...rest,
  }));
}

export const librariesHandlers: Handlers<typeof librariesContract> = {
  'libraries.tags': (ctx) => {
    const counts = subjectTagCounts(ctx.db);
    return ctx.db
      .select({ id: tagCatalogue.id, name: tagCatalogue.name, category: tagCatalogue.category })
      .from(tagCatalogue)
      .orderBy(tagCatalogue.category, tagCatalogue.name)
      .all()
      .map((tag) => ({ ...tag, subjects: counts.get(tag.name) ?? 0 }));
  },
  'libraries.saveTag': (ctx, input) => {
    const row = ctx.db
      .insert(tagCatalogue)
      .values({ ...input, ...insertStamps(ctx.now) })
      .onConflictDoUpdate({
        target: tagCatalogue.name,
        set: { category: input.category, ...updateStamp(ctx.now) },
      })
      .returning({ id: tagCatalogue.id })
      .get();
    ctx.touches('tag', row.id);
    return row;
  },
  'libraries.list': (ctx) => listLibraries(ctx.db, requireActor(ctx)),
  'libraries.save': (ctx, input) => {
    const actor = requireActor(ctx);
    if (input.shared && !spansDepartments(actor.role)) {
      throw new AppError('FORBIDDEN', '共同监管子库由牵头部门创建；部门管理员可创建本部门子库。');
    }
    if (Object.keys(input.filter).length === 0)
      throw new AppError('INVALID_INPUT', '请先设置筛选条件（如标签、行业、风险分类）再保存为子库。');
    const { id } = ctx.db
      .insert(subLibraries)
      .values({
        name: input.name,
        filter: input.filter,
        shared: input.shared,
        departmentId: input.shared ? null : actor.departmentId,
        createdBy: actor.username,
        ...insertStamps(ctx.now),
      })
      .returning({ id: subLibraries.id })
      .get();
    ctx.touches('library', id);
    const [saved] = listLibraries(ctx.db, actor, id);
    if (!saved) throw notFound('该子库');
    return saved;
  },
  'libraries.retire': (ctx, { id }) => {
    const actor = requireActor(ctx);
    // Looked up whatever the caller may see, so another department's library is refused by name, not "not found".
    const library = ctx.db
      .select({ shared: subLibraries.shared, departmentId: subLibraries.departmentId })
      .from(subLibraries)
      .where(and(eq(subLibraries.id, id), eq(subLibraries.active, true)))
      .get();
    if (!library) throw notFound('该子库');
    if (library.shared && !spansDepartments(actor.role))
      throw new AppError('FORBIDDEN', '共同监管子库只能由牵头部门停用。');
    if (!library.shared) assertOwnDepartment(ctx, library.departmentId, { noun: '子库' });
    ctx.db
      .update(subLibraries)
      .set({ active: false, ...updateStamp(ctx.now) })
      .where(eq(subLibraries.id, id))
      .run();
    return { id };
  },
};
