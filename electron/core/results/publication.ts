import { and, eq, inArray } from 'drizzle-orm';
import { results } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { officeToday } from '../office-time';
import { AppError } from '../errors';
import { confinedDepartment } from '../auth/roles-scope.shared';
import { otherDepartmentRefusal, type Owned } from '../ownership';
import { mayResult } from './may';
import { resultRulesOf } from './rules';
import { isPending, isPublished, unpublishedWhere } from './states';
import { updateStamp } from '../row-stamps';

/** A result belongs to the department of its item. */
const RESULT: Owned = {
  noun: '检查结果',
  belongs: (department) => `的事项属于「${department}」`,
  may: '审核、公示本部门事项的检查结果',
};

type ResultRow = typeof results.$inferSelect;

/** The results named, each one the caller may manage (the lead office all; a department administrator its own). */
function managedResults(ctx: HandlerContext, ids: number[]): ResultRow[] {
  const actor = requireActor(ctx);
  const rows = ctx.db.select().from(results).where(inArray(results.id, ids)).all();
  if (rows.length !== new Set(ids).size)
    throw new AppError('NOT_FOUND', '部分检查结果不存在或已被删除，请刷新后重试。');
  for (const departmentId of new Set(rows.map((r) => r.departmentId))) {
    if (mayResult(actor, 'publish', { departmentId }) !== 'allowed')
      throw new AppError('FORBIDDEN', otherDepartmentRefusal(ctx.db, actor, departmentId, RESULT));
  }
  return rows;
}

/** 审核: approve entered results, or return them to the team with a reason (they are then corrected and re-entered). */
export function reviewResults(ctx: HandlerContext, ids: number[], decision: 'approve' | 'return', reason?: string) {
  const rows = managedResults(ctx, ids);
  const notEntered = rows.filter((r) => r.status !== 'entered' || isPublished(r));
  if (notEntered.length > 0)
    throw new AppError(
      'CONFLICT',
      `有 ${notEntered.length} 条结果不在待审核状态（已审核、已退回或已公示），请刷新后重新选择。`,
    );
  if (decision === 'return' && (reason ?? '').length < 2)
    throw new AppError('INVALID_INPUT', '退回须写明原因，录入人员会看到该原因。');
  const at = ctx.now.toISOString();
  ctx.db
    .update(results)
    .set({
      status: decision === 'approve' ? 'approved' : 'returned',
      returnReason: decision === 'return' ? (reason ?? '') : null,
      reviewedBy: requireActor(ctx).displayName,
      reviewedAt: at,
      ...updateStamp(at),
    })
    .where(inArray(results.id, ids))
    .run();
  for (const id of ids) ctx.touches('result', id);
  return { count: ids.length };
}

/**
 * 不予公示: a result the law forbids publishing, with the legal reason; counted in reports, never listed. The day is
 * recorded: the result counts as dealt with from then on, never before (a report of an earlier month keeps its figures).
 */
export function withholdResult(ctx: HandlerContext, id: number, reason: string) {
  const [row] = managedResults(ctx, [id]);
  if (row && isPublished(row)) throw new AppError('CONFLICT', '该结果已公示，不能再标记为不予公示。');
  ctx.db
    .update(results)
    .set({ withheldReason: reason, withheldOn: row?.withheldOn ?? officeToday(ctx), ...updateStamp(ctx.now) })
    .where(eq(results.id, id))
    .run();
  ctx.touches('result', id);
  return { id };
}

/** Whether a result may be published now under the review setting. */
export const publishable = (row: ResultRow, review: boolean): boolean =>
  isPending(row) && (row.status === 'approved' || (!review && row.status === 'entered'));

/**
 * 公示: gives the chosen results (or every publishable result of a task) their publication date — today, or the day
 * they went onto the 公示系统 when recorded afterwards; they join the public list and the upload queue. Results not
 * yet publishable are left and counted.
 */
export function publishResults(ctx: HandlerContext, target: { ids?: number[]; taskId?: number; publishedOn?: string }) {
  const { review } = resultRulesOf(ctx.db);
  const actor = requireActor(ctx);
  // A whole task means the caller's share of it: a department administrator publishes its own department's results.
  const own = confinedDepartment(actor);
  const ofTask = () =>
    ctx.db
      .select({ id: results.id })
      .from(results)
      .where(
        and(
          eq(results.taskId, target.taskId ?? 0),
          unpublishedWhere(),
          own === null ? undefined : eq(results.departmentId, own),
        ),
      )
      .all()
      .map((r) => r.id);
  const ids = target.ids && target.ids.length > 0 ? target.ids : ofTask();
  const rows = ids.length > 0 ? managedResults(ctx, ids) : [];
  const ready = rows.filter((r) => publishable(r, review));
  if (ready.length === 0)
    throw new AppError(
      'CONFLICT',
      review
        ? '没有可公示的结果：结果须先经审核通过，且未标记为不予公示。'
        : '没有可公示的结果：所选结果已公示、被退回或标记为不予公示。',
    );
  const today = officeToday(ctx);
  const publishedOn = target.publishedOn ?? today;
  if (publishedOn > today)
    throw new AppError('INVALID_INPUT', `公示日期 ${publishedOn} 晚于今天，不能填写将来的日期。`);
  const early = ready.find((r) => r.resultDate > publishedOn);
  if (early)
    throw new AppError('INVALID_INPUT', `公示日期 ${publishedOn} 早于结果形成日期 ${early.resultDate}，请核对。`);
  ctx.db
    .update(results)
    .set({ publishedOn, ...updateStamp(ctx.now) })
    .where(
      inArray(
        results.id,
        ready.map((r) => r.id),
      ),
    )
    .run();
  for (const r of ready) ctx.touches('result', r.id);
  return { published: ready.length, skipped: rows.length - ready.length, publishedOn };
}
