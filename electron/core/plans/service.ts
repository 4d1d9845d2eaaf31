import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { planAdjustments, plans, planTasks } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { officeToday } from '../office-time';
import { AppError } from '../errors';
import type { Handlers } from '../handler-types';
import { describeCaps } from '../items';
import { otherDepartmentRefusal, type Owned } from '../ownership';
import { tasksOfOrigin } from '../tasks';
import { taskChanges } from './changes';
import type { plansContract } from './contract';
import { writePlanWorkbook } from './excel-out';
import { mayPlan, type PlanAction } from './may';
import { pendingChanges } from './pending';
import { ratioOrderBreaks, storeRatios } from './ratios';
import { checkFilingDate } from './adjustment-rules';
import { checkTaskItems, itemsInForceOn, itemsOutOfForceOn } from './rules';
import type { PlanTaskView, TaskFields } from './schemas';
import {
  adjustmentsOf,
  getPlan,
  getPlanTask,
  nameBook,
  planTaskViewOf,
  planViewOf,
  tasksOfPlan,
  type PlanRow,
} from './store';
import { planWarnings } from './warnings';
import { insertStamps, updateStamp } from '../row-stamps';

/** A department administrator plans for the own department only; the county plan is the lead office's. */
const PLAN: Owned = { noun: '抽查计划', may: '编辑本部门的抽查计划' };

function assertMay(ctx: HandlerContext, action: PlanAction, plan: { departmentId: number | null }): void {
  const actor = requireActor(ctx);
  if (mayPlan(actor, action, plan)) return;
  const owned = action === 'create' ? { ...PLAN, may: '新建本部门的抽查计划' } : PLAN;
  throw new AppError('FORBIDDEN', otherDepartmentRefusal(ctx.db, actor, plan.departmentId, owned));
}

const assertMayEdit = (ctx: HandlerContext, plan: PlanRow): void => assertMay(ctx, 'edit', plan);

function taskValues(db: Db, plan: PlanRow, fields: TaskFields) {
  if (plan.departmentId !== null && fields.leadDepartmentId !== plan.departmentId)
    throw new AppError('INVALID_INPUT', '部门计划中的任务应由本部门发起；其他部门请列为参与部门。');
  for (const date of [fields.periodStart, fields.periodEnd]) {
    if (!date.startsWith(`${plan.year}-`))
      throw new AppError('INVALID_INPUT', `检查期间应在计划年度 ${plan.year} 年之内，请修改日期。`);
  }
  const { departmentIds } = checkTaskItems(db, fields);
  return {
    name: fields.name,
    itemIds: [...new Set(fields.itemIds)],
    leadDepartmentId: fields.leadDepartmentId,
    departmentIds,
    scope: JSON.stringify(fields.scope),
    ratios: storeRatios(fields.ratios),
    frequency: fields.frequency,
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    mode: fields.mode,
    notes: fields.notes,
    // Kept only while the ratios are inverted: a reason for ratios that follow the risk would explain nothing.
    ratioOrderReason: ratioOrderBreaks(fields.ratios).length > 0 ? fields.ratioOrderReason.trim() : '',
  };
}

function ownTask(db: Db, plan: PlanRow, taskId: number) {
  const task = getPlanTask(db, taskId);
  if (task.planId !== plan.id) throw new AppError('INVALID_INPUT', '该任务不属于这个计划，请刷新后重试。');
  if (task.status === 'cancelled') throw new AppError('CONFLICT', `任务“${task.name}”已取消，不能再修改。`);
  return task;
}

function requireAdjustment<T extends { filedOn: string }>(
  ctx: HandlerContext,
  plan: PlanRow,
  adjustment: T | undefined,
): T {
  if (!adjustment)
    throw new AppError('INVALID_INPUT', '计划已发布，任何调整都须写明调整原因和报备日期，并作为计划调整记录。');
  checkFilingDate(plan, adjustment.filedOn, officeToday(ctx));
  return adjustment;
}

function recordAdjustment(
  ctx: HandlerContext,
  plan: PlanRow,
  kind: 'add' | 'modify' | 'cancel',
  adjustment: { reason: string; filedOn: string },
  before: PlanTaskView | null,
  after: PlanTaskView,
): void {
  ctx.db
    .insert(planAdjustments)
    .values({
      planId: plan.id,
      planTaskId: after.id,
      kind,
      reason: adjustment.reason,
      filedOn: adjustment.filedOn,
      before,
      after,
      actorName: requireActor(ctx).username,
      ...insertStamps(ctx.now),
    })
    .run();
}

export const plansHandlers: Handlers<typeof plansContract> = {
  'plans.list': (ctx, input) => {
    const names = nameBook(ctx.db);
    return ctx.db
      .select()
      .from(plans)
      .where(input.year ? eq(plans.year, input.year) : undefined)
      .orderBy(desc(plans.year), asc(sql`coalesce(${plans.departmentId}, 0)`))
      .all()
      .map((p) => planViewOf(ctx.db, p, names));
  },
  'plans.get': (ctx, input) => {
    const plan = getPlan(ctx.db, input.id);
    const names = nameBook(ctx.db);
    const views = tasksOfPlan(ctx.db, plan).map((t) => planTaskViewOf(t, names));
    const pending = pendingChanges(ctx.db, views);
    return {
      plan: planViewOf(ctx.db, plan, names),
      tasks: views.map((t) => ({ ...t, pending: pending.get(t.id) ?? null })),
      adjustments: adjustmentsOf(ctx.db, plan.id),
      warnings: planWarnings(ctx.db, plan, officeToday(ctx)),
    };
  },
  'plans.itemChoices': (ctx, { periodStart }) => ({
    items: itemsInForceOn(ctx.db, periodStart).map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      departmentId: i.departmentId,
      departmentName: i.departmentName,
      category: i.category,
      ratioCap: i.ratioCap,
      caps: describeCaps(i),
    })),
    excluded: itemsOutOfForceOn(ctx.db, periodStart),
  }),
  'plans.create': (ctx, input) => {
    assertMay(ctx, 'create', input);
    const clash = ctx.db
      .select({ id: plans.id })
      .from(plans)
      .where(
        and(
          eq(plans.year, input.year),
          input.departmentId === null ? isNull(plans.departmentId) : eq(plans.departmentId, input.departmentId),
        ),
      )
      .get();
    if (clash) throw new AppError('CONFLICT', `${input.year} 年的这份计划已经存在，请在计划列表中打开它。`);
    const { id } = ctx.db
      .insert(plans)
      .values({ year: input.year, departmentId: input.departmentId, name: input.name, ...insertStamps(ctx.now) })
      .returning({ id: plans.id })
      .get();
    ctx.touches('plan', id);
    return { id };
  },
  'plans.saveTask': (ctx, input) => {
    const plan = getPlan(ctx.db, input.planId);
    assertMayEdit(ctx, plan);
    const values = taskValues(ctx.db, plan, input.fields);
    const names = nameBook(ctx.db);
    const published = plan.status === 'published';
    const adjustment = published ? requireAdjustment(ctx, plan, input.adjustment) : null;
    let id: number;
    let before: PlanTaskView | null = null;
    if (input.taskId) {
      const existing = ownTask(ctx.db, plan, input.taskId);
      before = planTaskViewOf(existing, names);
      ctx.db
        .update(planTasks)
        .set({ ...values, ...updateStamp(ctx.now) })
        .where(eq(planTasks.id, existing.id))
        .run();
      id = existing.id;
    } else {
      id = ctx.db
        .insert(planTasks)
        .values({ ...values, planId: plan.id, ...insertStamps(ctx.now) })
        .returning({ id: planTasks.id })
        .get().id;
    }
    if (adjustment) {
      const after = planTaskViewOf(getPlanTask(ctx.db, id), names);
      if (before && taskChanges(before, after).length === 0)
        throw new AppError('INVALID_INPUT', '任务内容没有变化，无需调整。');
      recordAdjustment(ctx, plan, before ? 'modify' : 'add', adjustment, before, after);
    }
    ctx.touches('plan', plan.id);
    return { id };
  },
  'plans.cancelTask': (ctx, input) => {
    const plan = getPlan(ctx.db, input.planId);
    assertMayEdit(ctx, plan);
    const task = ownTask(ctx.db, plan, input.taskId);
    if (plan.status === 'draft') {
      // A draft's mistakes may simply go: nothing has been published or drawn from it.
      ctx.db.delete(planTasks).where(eq(planTasks.id, task.id)).run();
    } else {
      const adjustment = requireAdjustment(ctx, plan, input.adjustment);
      const used = tasksOfOrigin(ctx.db, { planTaskId: task.id }).length > 0;
      if (used) throw new AppError('CONFLICT', `任务“${task.name}”已据此开展抽查，不能取消。`);
      const names = nameBook(ctx.db);
      const before = planTaskViewOf(task, names);
      ctx.db
        .update(planTasks)
        .set({ status: 'cancelled', ...updateStamp(ctx.now) })
        .where(eq(planTasks.id, task.id))
        .run();
      recordAdjustment(ctx, plan, 'cancel', adjustment, before, { ...before, status: 'cancelled' });
    }
    ctx.touches('plan', plan.id);
    return { ok: true as const };
  },
  'plans.publish': (ctx, input) => {
    const plan = getPlan(ctx.db, input.id);
    assertMayEdit(ctx, plan);
    if (plan.status === 'draft') {
      if (!tasksOfPlan(ctx.db, plan).some((t) => t.status === 'active'))
        throw new AppError('INVALID_INPUT', '计划中还没有任务，请先添加抽查任务再发布。');
      const approvedOn = input.approvedOn ?? input.publishedOn;
      if (approvedOn > input.publishedOn) throw new AppError('INVALID_INPUT', '发布日期不能早于批准日期。');
      ctx.db
        .update(plans)
        .set({ status: 'published', version: 1, approvedOn, publishedOn: input.publishedOn, ...updateStamp(ctx.now) })
        .where(eq(plans.id, plan.id))
        .run();
    } else {
      const version = plan.version + 1;
      const published = ctx.db
        .update(planAdjustments)
        .set({ version, publishedOn: input.publishedOn, ...updateStamp(ctx.now) })
        .where(and(eq(planAdjustments.planId, plan.id), isNull(planAdjustments.version)))
        .run();
      if (published.changes === 0) throw new AppError('CONFLICT', '没有待发布的计划调整。');
      ctx.db
        .update(plans)
        .set({ version, ...updateStamp(ctx.now) })
        .where(eq(plans.id, plan.id))
        .run();
    }
    ctx.touches('plan', plan.id);
    return planViewOf(ctx.db, getPlan(ctx.db, plan.id), nameBook(ctx.db));
  },
  'plans.export': async (ctx, input) => {
    const plan = getPlan(ctx.db, input.id);
    const names = nameBook(ctx.db);
    const file = await ctx.files.writeDownload('plan.xlsx', (path) =>
      writePlanWorkbook(
        path,
        planViewOf(ctx.db, plan, names),
        tasksOfPlan(ctx.db, plan).map((t) => planTaskViewOf(t, names)),
        adjustmentsOf(ctx.db, plan.id),
        names.department,
      ),
    );
    return { download: file.id, fileName: `${plan.year}年${names.department(plan.departmentId)}抽查计划.xlsx` };
  },
};
