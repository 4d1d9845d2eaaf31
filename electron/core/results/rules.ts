import { z } from 'zod';
import type { Db, ReadableDb } from '../../../db/client';
import { results } from '../../../db/schema';
import { loadCalendar, addWorkdays, type WorkCalendar } from '../calendar';
import { readSetting, writeSetting } from '../settings';
import { tasksByIds } from '../tasks';
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
  /**
   * What the publication deadline counts from: the result's own date (LY, SH: 20 working days — the default) or the
   * end of the task's inspection period (GY: 10 working days after the sampling ends). Rules saved before the basis
   * existed read as the result's date, so nothing moves until an office chooses otherwise.
   */
  publishBasis: z.enum(['resultDate', 'inspectionEnd'], { error: '请选择公示期限的起算日。' }).default('resultDate'),
  publishWithinAfterEnd: z
    .number({ error: '请填写检查结束后的公示期限（工作日）。' })
    .int('检查结束后的公示期限应为整数个工作日。')
    .min(1, '检查结束后的公示期限至少 1 个工作日。')
    .max(60, '检查结束后的公示期限不能超过 60 个工作日。')
    .default(10),
});
export type ResultRules = z.infer<typeof resultRulesSchema>;

const KEY = 'results.rules';
export const DEFAULT_RULES: ResultRules = {
  publishWithin: 20,
  entryWithin: 10,
  review: false,
  publishBasis: 'resultDate',
  publishWithinAfterEnd: 10,
};

export const resultRulesOf = (db: ReadableDb): ResultRules => readSetting(db, KEY, resultRulesSchema, DEFAULT_RULES);

/** The publication deadline as printed documents state it, following the basis in force (publishDueOf's rule). */
export const publishDeadlineText = (rules: ResultRules): string =>
  rules.publishBasis === 'inspectionEnd'
    ? `自抽查检查结束之日起 ${rules.publishWithinAfterEnd} 个工作日内`
    : `自检查结果形成之日起 ${rules.publishWithin} 个工作日内`;

/**
 * Saves the rules; a new publication period moves the deadline of every result not yet published, so the overdue
 * list always follows the rule in force. Every due date is worked out before any is written: a result whose new
 * deadline falls outside the calendar refuses the whole change (the caller's transaction undoes the setting).
 */
export function writeResultRules(db: Db, rules: ResultRules, now: Date): { moved: number } {
  const before = resultRulesOf(db);
  writeSetting(db, KEY, rules, now);
  const same =
    before.publishWithin === rules.publishWithin &&
    before.publishBasis === rules.publishBasis &&
    before.publishWithinAfterEnd === rules.publishWithinAfterEnd;
  if (same) return { moved: 0 };
  return { moved: recomputePendingDue(db, now) };
}

/** What a result's publication deadline is counted from: its own date and its task's last day of inspection. */
export type DueBasis = { resultDate: string; periodEnd: string };

/**
 * 结果公示期限 — the rule's one home. By the office's basis (resultRulesOf's `publishBasis`): `publishWithin` working
 * days after the day the result was formed (LY, SH: 20), or `publishWithinAfterEnd` working days after the task's
 * inspection ends (GY: 10 — 抽查结束后 10 个工作日内公示); a result dated after the period's end (a late visit) counts
 * from its own date, so no result is due before it exists. Counted on the working calendar — weekends, public
 * holidays and 调休 make-up workdays as the calendar has them. Throws the calendar's CONFLICT when the deadline runs
 * into a year it does not cover yet.
 */
export function publishDueOf(
  calendar: WorkCalendar,
  rules: Pick<ResultRules, 'publishBasis' | 'publishWithin' | 'publishWithinAfterEnd'>,
  basis: DueBasis,
): string {
  if (rules.publishBasis === 'resultDate') return addWorkdays(calendar, basis.resultDate, rules.publishWithin);
  const from = basis.periodEnd > basis.resultDate ? basis.periodEnd : basis.resultDate;
  return addWorkdays(calendar, from, rules.publishWithinAfterEnd);
}

/**
 * Works the deadline of every result not yet published out again: after a rule or a calendar change. A result
 * whose deadline moves is stamped as updated at the call's instant; one whose deadline stays is left as it was.
 */
export function recomputePendingDue(db: Db, now: Date): number {
  const rules = resultRulesOf(db);
  const calendar = loadCalendar(db);
  // Withheld results too: their deadline follows the rule in force like any unpublished one.
  const unpublished = db
    .select({ id: results.id, resultDate: results.resultDate, taskId: results.taskId })
    .from(results)
    .where(unpublishedWhere())
    .all();
  const tasks = tasksByIds(
    db,
    unpublished.map((r) => r.taskId),
  );
  const pending = unpublished.flatMap(({ taskId, ...r }) => {
    const task = tasks.get(taskId);
    return task ? [{ ...r, periodEnd: task.periodEnd }] : [];
  });
  const dueByDate = new Map<string, string>();
  const keyOf = (b: DueBasis) => `${b.resultDate}|${b.periodEnd}`;
  for (const basis of pending) {
    if (!dueByDate.has(keyOf(basis))) dueByDate.set(keyOf(basis), publishDueOf(calendar, rules, basis));
  }
  const update = db.$client.prepare<{ due: string; at: string; id: number }>(
    'UPDATE results SET publish_due = @due, updated_at = @at WHERE id = @id AND publish_due IS NOT @due',
  );
  const at = now.toISOString();
  for (const basis of pending) update.run({ due: dueByDate.get(keyOf(basis)) ?? basis.resultDate, at, id: basis.id });
  return pending.length;
}
