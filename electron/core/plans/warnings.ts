import { z } from 'zod';
import type { ReadableDb } from '../../../db/client';
import { loadCalendar, addWorkdays } from '../calendar';
import { AppError } from '../errors';
import { keyShareOf, keyShareWarning, listItems } from '../items';
import { readSetting } from '../settings';
import { ADJUSTMENT_PUBLISH_WITHIN, lateAdjustments } from './adjustment-rules';
import { activeTasksOfYear, nameBook, type PlanRow } from './store';

/** The day (MM-DD) by which each year's plan must be published; a setting, by default the end of Q1 (Shanghai). */
export const PUBLISH_BY_KEY = 'plans.publishBy';
export const publishByOf = (db: ReadableDb): string =>
  readSetting(db, PUBLISH_BY_KEY, z.string().regex(/^\d{2}-\d{2}$/), '03-31');

const list = (names: string[], max = 5): string =>
  names.length <= max ? names.join('、') : `${names.slice(0, max).join('、')} 等 ${names.length} 项`;

/**
 * What the plan's rules warn about without refusing: listed items nobody plans to inspect this year, departments
 * without a joint task, joint tasks of fewer than 3 departments, a plan published late (after the set day, or more
 * than 5 working days after approval), and filed adjustments not published within 5 working days (SH).
 */
export function planWarnings(db: ReadableDb, plan: PlanRow, today: string): string[] {
  const warnings: string[] = [];
  const names = nameBook(db);
  const yearTasks = activeTasksOfYear(db, plan.year);
  const mine =
    plan.departmentId === null ? yearTasks : yearTasks.filter((t) => t.departmentIds.includes(plan.departmentId ?? 0));
  // The list as it stands today, or on the year's first or last day when the plan is for another year.
  const thisYear = Number(today.slice(0, 4));
  const asOf = thisYear === plan.year ? today : `${plan.year}-${thisYear < plan.year ? '01-01' : '12-31'}`;
  const items = listItems(db, { asOf }).filter(
    (i) => i.status === 'active' && (plan.departmentId === null || i.departmentId === plan.departmentId),
  );
  const planned = new Set(yearTasks.flatMap((t) => t.itemIds));
  const unplanned = items.filter((i) => !planned.has(i.id)).map((i) => i.name);
  if (unplanned.length > 0)
    warnings.push(`清单中的事项今年尚无抽查任务：${list(unplanned)}。清单内事项每年应至少抽查一次。`);

  const departmentIds =
    plan.departmentId === null ? [...new Set(items.map((i) => i.departmentId))] : [plan.departmentId];
  const withoutJoint = departmentIds.filter(
    (d) => !yearTasks.some((t) => t.departmentIds.length > 1 && t.departmentIds.includes(d)),
  );
  if (withoutJoint.length > 0)
    warnings.push(`${list(withoutJoint.map(names.department))}今年尚无部门联合抽查任务，每个部门每年应至少参加一次。`);

  for (const t of mine) {
    const count = t.departmentIds.length;
    if (count > 1 && count < 3) warnings.push(`联合任务“${t.name}”只有 ${count} 个部门参加，原则上应不少于 3 个。`);
  }

  const share = keyShareOf(db, asOf);
  for (const d of share.over)
    if (plan.departmentId === null || d.departmentId === plan.departmentId)
      warnings.push(keyShareWarning(d, share.maxPercent));

  for (const a of lateAdjustments(db, today, [plan.id]))
    warnings.push(
      `任务“${a.taskName}”的调整已于 ${a.filedOn} 报备，应在 ${ADJUSTMENT_PUBLISH_WITHIN} 个工作日内（最迟 ${a.publishBy}）发布，目前仍未发布。`,
    );

  const deadline = `${plan.year}-${publishByOf(db)}`;
  if (plan.status === 'draft' && today > deadline) warnings.push(`计划应于 ${deadline} 前发布，目前仍未发布。`);
  if (plan.publishedOn && plan.publishedOn > deadline)
    warnings.push(`计划于 ${plan.publishedOn} 发布，晚于规定的 ${deadline}。`);
  if (plan.approvedOn) {
    let window: string;
    try {
      window = addWorkdays(loadCalendar(db), plan.approvedOn, 5);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      warnings.push(`无法判断计划是否在批准后 5 个工作日内发布：${error.message}`);
      return warnings;
    }
    const published = plan.publishedOn ?? (today > window ? today : null);
    if (published && published > window)
      warnings.push(
        `计划于 ${plan.approvedOn} 批准，应在 5 个工作日内（最迟 ${window}）发布${plan.publishedOn ? `，实际于 ${plan.publishedOn} 发布` : '，目前仍未发布'}。`,
      );
  }
  return warnings;
}
