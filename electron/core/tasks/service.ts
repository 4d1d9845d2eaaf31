import { desc, eq } from 'drizzle-orm';
import { tasks } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { AppError } from '../errors';
import type { Handlers } from '../handler-types';
import { assertOwnDepartment } from '../ownership';
import { readRatios, ratioOrderBreaks, storeRatios, checkTaskItems, getPlan, getPlanTask, nameBook } from '../plans';
import { scopeOf } from '../plans/schemas';
import type { TaskFields } from '../plans/schemas';
import type { tasksContract } from './contract';
import { cancelTask, replacedTaskFor } from './replacement';
import { getTask, taskViewOf } from './store';
import { insertStamps } from '../row-stamps';

/** A department administrator runs (draws, matches, issues codes for) the tasks its own department initiates. */
export function assertMayRun(ctx: HandlerContext, leadDepartmentId: number): void {
  assertOwnDepartment(ctx, leadDepartmentId, {
    noun: '抽查任务',
    belongs: (department) => `由「${department}」发起`,
    may: '操作本部门发起的抽查任务',
  });
}

type TeamSettings = { teamSize: number; expertsPerTeam: number; expertise: string | null; batchSize: number | null };

function insertTask(
  ctx: HandlerContext,
  fields: TaskFields,
  team: TeamSettings,
  origin: { planTaskId: number | null; reason: string },
) {
  assertMayRun(ctx, fields.leadDepartmentId);
  const replacesTaskId = replacedTaskFor(
    ctx.db,
    origin.planTaskId === null ? { special: fields } : { planTaskId: origin.planTaskId },
  );
  const { departmentIds } = checkTaskItems(ctx.db, fields, origin.planTaskId === null ? 'special' : 'planned');
  const { id } = ctx.db
    .insert(tasks)
    .values({
      planTaskId: origin.planTaskId,
      kind: origin.planTaskId === null ? 'special' : 'planned',
      reason: origin.reason,
      name: fields.name,
      year: Number(fields.periodStart.slice(0, 4)),
      itemIds: [...new Set(fields.itemIds)],
      leadDepartmentId: fields.leadDepartmentId,
      departmentIds,
      scope: JSON.stringify(fields.scope),
      ratios: storeRatios(fields.ratios),
      periodStart: fields.periodStart,
      periodEnd: fields.periodEnd,
      mode: fields.mode,
      ...team,
      replacesTaskId,
      ...insertStamps(ctx.now),
      createdBy: requireActor(ctx).username,
    })
    .returning({ id: tasks.id })
    .get();
  ctx.touches('task', id);
  return { id };
}

export const tasksHandlers: Handlers<typeof tasksContract> = {
  'tasks.list': (ctx, input) => {
    const names = nameBook(ctx.db);
    return ctx.db
      .select()
      .from(tasks)
      .where(input.year ? eq(tasks.year, input.year) : undefined)
      .orderBy(desc(tasks.id))
      .all()
      .map((t) => taskViewOf(ctx.db, t, names));
  },
  'tasks.get': (ctx, input) => taskViewOf(ctx.db, getTask(ctx.db, input.id)),
  'tasks.createFromPlan': (ctx, { planTaskId, ...team }) => {
    const planned = getPlanTask(ctx.db, planTaskId);
    const plan = getPlan(ctx.db, planned.planId);
    if (plan.status !== 'published') throw new AppError('CONFLICT', '计划发布后才能据此开展抽查任务。');
    if (planned.status !== 'active') throw new AppError('CONFLICT', `计划任务“${planned.name}”已取消。`);
    const fields: TaskFields = {
      name: planned.name,
      itemIds: planned.itemIds,
      leadDepartmentId: planned.leadDepartmentId,
      departmentIds: planned.departmentIds,
      scope: scopeOf(planned.scope),
      ratios: readRatios(planned.ratios),
      frequency: planned.frequency,
      periodStart: planned.periodStart,
      periodEnd: planned.periodEnd,
      mode: planned.mode,
      notes: planned.notes,
      ratioOrderReason: planned.ratioOrderReason,
    };
    return insertTask(ctx, fields, team, { planTaskId, reason: '' });
  },
  // A 专项's ratios are set by the situation (SX, GY); the reason is required, and when the class ratios are inverted
  // the task's reason carries why, so the draw PDF that prints the reason prints that too.
  'tasks.createSpecial': (ctx, { fields, reason, ...team }) => {
    const inverted = ratioOrderBreaks(fields.ratios).length > 0 && fields.ratioOrderReason.trim();
    const recorded = inverted ? `${reason}（比例倒挂说明：${fields.ratioOrderReason.trim()}）` : reason;
    return insertTask(ctx, fields, team, { planTaskId: null, reason: recorded });
  },
  'tasks.cancel': (ctx, input) => {
    // Who may create the department's tasks may cancel them, checked on the task's own department.
    assertMayRun(ctx, getTask(ctx.db, input.id).leadDepartmentId);
    return taskViewOf(ctx.db, cancelTask(ctx, input));
  },
};
