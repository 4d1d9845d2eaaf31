import { z } from 'zod';
import type { Db, ReadableDb } from '../../../db/client';
import { results } from '../../../db/schema';
import { loadCalendar, addWorkdays, type WorkCalendar } from '../calendar';
import { readSetting, writeSetting } from '../settings';
import { unpublishedWhere } from './states';

/**
 * The office's deadline rules: results published within `publishWithin` working days of the result date (20 in
 * Luoyang and Shanghai), all of a task's results entered within `entryWithin` working days after it ends (Guyang:
 * 10), and whether results pass a review (录入 → 审核 → 可公示) before they may be published.
 */
export const resultRulesSchema = z.object({
  publishWithin: z
    .number({ error: '请填写公示期限（工作日）。' })
    .int('公示期限应为整数个工作日。')
    .min(1, '公示期限至少 1 个工作日。')
    .max(60, '公示期限不能超过 60 个工作日。'),
  entryWithin: z
    .number({ error: '请填写录入期限（工作日）。' })
    .int('录入期限应为整数个工作日。')
    .min(1, '录入期限至少 1 个工作日。')
    .max(60, '录入期限不能超过 60 个工作日。'),
  review: z.boolean(),
});
export type ResultRules = z.infer<typeof resultRulesSchema>;

const KEY = 'results.rules';
export const DEFAULT_RULES: ResultRules = { publishWithin: 20, entryWithin: 10, review: false };

export const resultRulesOf = (db: ReadableDb): ResultRules => readSetting(db, KEY, resultRulesSchema, DEFAULT_RULES);

/**
 * Saves the rules; a new publication period moves the deadline of every result not yet published, so the overdue
 * list always follows the rule in force. Every due date is worked out before any is written: a result whose new
 * deadline falls outside the calendar refuses the whole change (the caller's transaction undoes the setting).
 */
export function writeResultRules(db: Db, rules: ResultRules, now: Date): { moved: number } {
  const before = resultRulesOf(db);
  writeSetting(db, KEY, rules, now);
  if (before.publishWithin === rules.publishWithin) return { moved: 0 };
  return { moved: recomputePendingDue(db, now) };
}

/**
 * 结果公示期限: a result is published within `publishWithin` working days of the day it was formed (20 in Luoyang and
 * Shanghai), counted on the working calendar — weekends, public holidays and 调休
 * make-up workdays as the calendar has them (the office's setting is resultRulesOf's `publishWithin`). Throws the calendar's CONFLICT when the deadline runs into a year it
 * does not cover yet.
 */
export const publishDueOf = (calendar: WorkCalendar, resultDate: string, publishWithin: number): string =>
  addWorkdays(calendar, resultDate, publishWithin);

/**
 * Works the deadline of every result not yet published out again: after a rule or a calendar change. A result
 * whose deadline moves is stamped as updated at the call's instant; one whose deadline stays is left as it was.
 */
export function recomputePendingDue(db: Db, now: Date): number {
  const rules = resultRulesOf(db);
  const calendar = loadCalendar(db);
  // Withheld results too: their deadline follows the rule in force like any unpublished one.
  const pending = db
    .select({ id: results.id, resultDate: results.resultDate })
    .from(results)
    .where(unpublishedWhere())
    .all();
  const dueByDate = new Map<string, string>();
  for (const { resultDate } of pending) {
    if (!dueByDate.has(resultDate)) dueByDate.set(resultDate, publishDueOf(calendar, resultDate, rules.publishWithin));
  }
  const update = db.$client.prepare<{ due: string; at: string; id: number }>(
    'UPDATE results SET publish_due = @due, updated_at = @at WHERE id = @id AND publish_due IS NOT @due',
  );
  const at = now.toISOString();
  for (const { id, resultDate } of pending) update.run({ due: dueByDate.get(resultDate) ?? resultDate, at, id });
  return pending.length;
}
