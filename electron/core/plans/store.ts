import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { planAdjustments, plans, planTasks } from '../../../db/schema';
import { departmentNames } from '../departments';
import { itemNames } from '../items';
import { notFound } from '../errors';
import { taskChanges } from './changes';
import { readRatios } from './ratios';
import { scopeOf, type PlanTaskView, type PlanView, type TaskBasicsView } from './schemas';

export type PlanRow = typeof plans.$inferSelect;
export type PlanTaskRow = typeof planTasks.$inferSelect;

export function getPlan(db: ReadableDb, id: number): PlanRow {
  const plan = db.select().from(plans).where(eq(plans.id, id)).get();
  if (!plan) throw notFound('该抽查计划');
  return plan;
}

export function getPlanTask(db: Db, id: number): PlanTaskRow {
  const task = db.select().from(planTasks).where(eq(planTasks.id, id)).get();
  if (!task) throw notFound('该计划任务');
  return task;
}

/**
 * Names of departments and items, looked up once for a list of planned tasks: the departments' from the departments
 * area, the items' from the items area.
 */
export function nameBook(db: ReadableDb) {
  const departments = departmentNames(db);
  const items = itemNames(db);
  return {
    department: (id: number | null) => (id === null ? '县级汇总' : (departments.get(id) ?? `部门 ${id}`)),
    item: (id: number) => items.get(id) ?? `事项 ${id}`,
  };
}

type TaskBasicsRow = Pick<
  PlanTaskRow,
  | 'id'
  | 'name'
  | 'itemIds'
  | 'leadDepartmentId'
  | 'departmentIds'
  | 'scope'
  | 'ratios'
  | 'periodStart'
  | 'periodEnd'
  | 'mode'
>;

/** The part of a planned task's or a task's view they share, with item and department names looked up. */
export function taskBasicsOf(row: TaskBasicsRow, names: ReturnType<typeof nameBook>): TaskBasicsView {
  const { itemIds, departmentIds } = row;
  return {
    id: row.id,
    name: row.name,
    itemIds,
    itemNames: itemIds.map(names.item),
    leadDepartmentId: row.leadDepartmentId,
    departmentIds,
    departmentNames: departmentIds.map(names.department),
    joint: departmentIds.length > 1,
    scope: scopeOf(row.scope),
    ratios: readRatios(row.ratios),
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    mode: row.mode,
  };
}

export function planTaskViewOf(row: PlanTaskRow, names: ReturnType<typeof nameBook>): PlanTaskView {
  return {
    ...taskBasicsOf(row, names),
    planId: row.planId,
    frequency: row.frequency,
    notes: row.notes,
    ratioOrderReason: row.ratioOrderReason,
    status: row.status,
  };
}

/** The planned tasks a plan shows: its own, and for the county plan those of every department plan that year. */
export function tasksOfPlan(db: ReadableDb, plan: PlanRow): PlanTaskRow[] {
  const planIds =
    plan.departmentId === null
      ? db
          .select({ id: plans.id })
          .from(plans)
          .where(eq(plans.year, plan.year))
          .all()
          .map((p) => p.id)
      : [plan.id];
  return db.select().from(planTasks).where(inArray(planTasks.planId, planIds)).orderBy(planTasks.id).all();
}

export function planViewOf(db: ReadableDb, plan: PlanRow, names: ReturnType<typeof nameBook>): PlanView {
  const taskCount = tasksOfPlan(db, plan).filter((t) => t.status === 'active').length;
  const pending = db
    .select({ n: sql<number>`count(*)` })
    .from(planAdjustments)
    .where(and(eq(planAdjustments.planId, plan.id), sql`${planAdjustments.version} IS NULL`))
    .get();
  return {
    id: plan.id,
    year: plan.year,
    departmentId: plan.departmentId,
    departmentName: names.department(plan.departmentId),
    name: plan.name,
    status: plan.status,
    approvedOn: plan.approvedOn,
    publishedOn: plan.publishedOn,
    version: plan.version,
    taskCount,
    pendingAdjustments: pending?.n ?? 0,
  };
}

/** Every active planned task of a year, across the department plans and the county plan. */
export function activeTasksOfYear(db: ReadableDb, year: number): PlanTaskRow[] {
  return db
    .select({ task: planTasks })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(and(eq(plans.year, year), ne(planTasks.status, 'cancelled')))
    .all()
    .map((r) => r.task);
}

/** A plan's adjustment record, newest first, each with what it changed in the plan's words. */
/** How many plans of a year are published: one department's or (null) all, the county plan included. */
export const countPublishedPlans = (db: ReadableDb, year: number, departmentId: number | null): number =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(plans)
    .where(
      and(
        eq(plans.year, year),
        eq(plans.status, 'published'),
        departmentId === null ? undefined : eq(plans.departmentId, departmentId),
      ),
    )
    .get()?.n ?? 0;

export function adjustmentsOf(db: ReadableDb, planId: number) {
  return db
    .select()
    .from(planAdjustments)
    .where(eq(planAdjustments.planId, planId))
    .orderBy(desc(planAdjustments.id))
    .all()
    .map((a) => ({
      id: a.id,
      planTaskId: a.planTaskId,
      taskName: a.after.name,
      kind: a.kind,
      reason: a.reason,
      filedOn: a.filedOn,
      version: a.version,
      publishedOn: a.publishedOn,
      actorName: a.actorName,
      createdAt: a.createdAt,
      changes: taskChanges(a.before, a.after),
    }));
}
