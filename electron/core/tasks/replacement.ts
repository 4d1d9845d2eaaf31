import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { tasks } from '../../../db/schema';
import { canonical } from '../canonical';
import { requireActor, type HandlerContext } from '../context';
import { AppError } from '../errors';
import { dateInZone } from '../dates';
import { officeTimeZone } from '../office-time';
import { scopeOf, type TaskFields } from '../plans/schemas';
import { resultIdsWhere } from '../results';
import { updateStamp } from '../row-stamps';
import { cancelApproverProblem, cancelReasonProblem } from './cancel.shared';
import { assertLiveTask } from './live';
import { latestDraw } from '../draws';
import { getTask, type TaskRow } from './store';

/**
 * No silent second draw: a planned task has at most one live task, and so has a 专项 of one department with the same
 * items, object scope and period. Another is created only after the first is cancelled (作废) with a reason and an
 * approver; the new task then names the one it replaces, and its draw record, PDF and detail screen say so.
 */
export type TaskOrigin = { planTaskId: number } | { special: TaskFields };

/** The tasks the origin already has (live and cancelled), newest first. */
export function tasksOfOrigin(db: ReadableDb, origin: TaskOrigin): TaskRow[] {
  if ('planTaskId' in origin)
    return db.select().from(tasks).where(eq(tasks.planTaskId, origin.planTaskId)).orderBy(desc(tasks.id)).all();
  const fields = origin.special;
  const sameItems = canonical([...new Set(fields.itemIds)].sort((a, b) => a - b));
  const sameScope = canonical(fields.scope);
  return db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.kind, 'special'),
        isNull(tasks.planTaskId),
        eq(tasks.leadDepartmentId, fields.leadDepartmentId),
        eq(tasks.periodStart, fields.periodStart),
        eq(tasks.periodEnd, fields.periodEnd),
      ),
    )
    .orderBy(desc(tasks.id))
    .all()
    .filter(
      (t) => canonical([...t.itemIds].sort((a, b) => a - b)) === sameItems && canonical(scopeOf(t.scope)) === sameScope,
    );
}

const STAGE: Record<string, string> = {
  none: '尚未抽取',
  open: '正在抽取',
  drawn: '已抽取、未锁定',
  superseded: '已抽取、未锁定',
  locked: '名单已锁定',
};

/**
 * Refuses a second live task of the same origin, naming the one there and what to do; otherwise returns the cancelled
 * task the new one replaces (the latest), or null for a first task.
 */
export function replacedTaskFor(db: ReadableDb, origin: TaskOrigin): number | null {
  const existing = tasksOfOrigin(db, origin);
  const live = existing.find((t) => t.cancelledAt === null);
  if (live) {
    const stage = STAGE[latestDraw(db, live.id)?.status ?? 'none'];
    const what = 'planTaskId' in origin ? '该计划任务' : '同一部门、同一事项、同一对象范围和检查期间的专项检查';
    throw new AppError(
      'CONFLICT',
      `${what}已有抽查任务“${live.name}”（编号 ${live.id}，${stage}），不能再建一个。如确需重新开展，请先在该任务页面将其作废（写明原因和批准人），作废后重建的任务会记明替代关系。`,
    );
  }
  return existing.find((t) => t.cancelledAt !== null)?.id ?? null;
}

/** 作废: refused while the task has results (the inspection happened; its results are the office's record). */
export function cancelTask(ctx: HandlerContext, input: { id: number; reason: string; approver: string }): TaskRow {
  const task = getTask(ctx.db, input.id);
  assertLiveTask(task);
  const problem = cancelReasonProblem(input.reason) ?? cancelApproverProblem(input.approver);
  if (problem) throw new AppError('INVALID_INPUT', problem);
  if (resultIdsWhere(ctx.db, { taskId: task.id })?.limit(1).get())
    throw new AppError(
      'CONFLICT',
      `任务“${task.name}”已录入检查结果，不能作废：检查已经实施，结果须按规定公示和处置。如结果有误，请逐条更正。`,
    );
  const updated = ctx.db
    .update(tasks)
    .set({
      cancelledAt: ctx.now.toISOString(),
      cancelReason: input.reason.trim(),
      cancelApprover: input.approver.trim(),
      cancelledBy: requireActor(ctx).displayName,
      ...updateStamp(ctx.now),
    })
    .where(and(eq(tasks.id, task.id), isNull(tasks.cancelledAt)))
    .returning()
    .get();
  if (!updated) throw new AppError('CONFLICT', '该任务已作废，请刷新后查看。');
  ctx.touches('task', task.id);
  return updated;
}

/** What a task replaced, as the record, the PDF and the detail screen state it. */
export interface Replaced {
  taskId: number;
  taskName: string;
  /** The office's date the replaced task was cancelled on. */
  cancelledOn: string;
  approver: string;
  reason: string;
}

export function replacedOf(db: ReadableDb, task: Pick<TaskRow, 'replacesTaskId'>): Replaced | null {
  if (task.replacesTaskId === null) return null;
  const old = db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, task.replacesTaskId), isNotNull(tasks.cancelledAt)))
    .get();
  if (!old?.cancelledAt) return null;
  return {
    taskId: old.id,
    taskName: old.name,
    cancelledOn: dateInZone(new Date(old.cancelledAt), officeTimeZone(db)),
    approver: old.cancelApprover ?? '',
    reason: old.cancelReason ?? '',
  };
}
