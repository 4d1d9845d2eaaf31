import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { planAdjustments, planTasks, plans } from '../../../db/schema';
import { addWorkdays, loadCalendar } from '../calendar';
import { isRealDate } from '../dates';
import { AppError } from '../errors';
import type { PlanRow } from './store';

/** SH: a filed (报备) adjustment is published within 5 working days. */
export const ADJUSTMENT_PUBLISH_WITHIN = 5;

/**
 * The 报备 date of an adjustment: a day that exists, not before the plan it adjusts was published (an adjustment is a
 * change to the published plan, and only then is there anything to file) and not after the office's today (a filing
 * is recorded once it is made).
 */
export function checkFilingDate(plan: Pick<PlanRow, 'publishedOn'>, filedOn: string, today: string): void {
  if (!isRealDate(filedOn)) throw new AppError('INVALID_INPUT', `报备日期“${filedOn}”不是有效日期，请重新选择。`);
  if (filedOn > today)
    throw new AppError('INVALID_INPUT', `报备日期 ${filedOn} 晚于今天（${today}），请填写已经报备的日期。`);
  if (plan.publishedOn && filedOn < plan.publishedOn)
    throw new AppError(
      'INVALID_INPUT',
      `报备日期 ${filedOn} 早于计划发布日期 ${plan.publishedOn}：调整的是已发布的计划，报备日期不能早于发布日期。`,
    );
}

export type LateAdjustment = {
  planId: number;
  planName: string;
  departmentId: number | null;
  taskName: string;
  filedOn: string;
  /** The last day it should have been published by, or null when the calendar does not reach it. */
  publishBy: string | null;
};

/**
 * Filed adjustments still unpublished more than 5 working days after their filing (SH) — for the plan page's warnings
 * and 待办. Only the plans given, or every plan; a filing whose window the calendar does not cover is not late yet.
 */
export function lateAdjustments(db: ReadableDb, today: string, planIds?: number[]): LateAdjustment[] {
  const calendar = loadCalendar(db);
  const rows = db
    .select({
      planId: plans.id,
      planName: plans.name,
      departmentId: plans.departmentId,
      taskName: planTasks.name,
      filedOn: planAdjustments.filedOn,
    })
    .from(planAdjustments)
    .innerJoin(plans, eq(plans.id, planAdjustments.planId))
    .innerJoin(planTasks, eq(planTasks.id, planAdjustments.planTaskId))
    .where(and(isNull(planAdjustments.version), planIds ? inArray(planAdjustments.planId, planIds) : undefined))
    .orderBy(asc(planAdjustments.filedOn), asc(planAdjustments.id))
    .all();
  const late: LateAdjustment[] = [];
  for (const row of rows) {
    let publishBy: string;
    try {
      publishBy = addWorkdays(calendar, row.filedOn, ADJUSTMENT_PUBLISH_WITHIN);
    } catch (error) {
      if (error instanceof AppError) continue;
      throw error;
    }
    if (today > publishBy) late.push({ ...row, publishBy });
  }
  return late;
}
