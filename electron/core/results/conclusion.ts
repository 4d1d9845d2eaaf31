import { isSettledBy, RESULT_STATE_SQL, type SettledFields } from './states';

/**
 * 完结 — the one home of the rule, for the 月报表 (at the month's end), the 工作汇总 (at the period's end) and a
 * task's progress on the 结果录入 page (today). A result is 完结 by a day when
 * - it was dealt with by then (published, or withheld as the law requires: isSettledBy), and
 * - every follow-up decided by then was finished by then, and
 * - when a problem was found (a category marked 问题), at least one follow-up was decided by then: a problem with no
 *   follow-up at all is not finished (DOMAIN.md: 完结 means a problem result's follow-up is finished).
 * A follow-up counts from its decision date (`decided_on`), not from the day it was typed in, so a report of a past
 * month is the same whenever it is made. The pure form and the SQL form are tested against each other
 * (test/unit/result-conclusion.test.ts).
 */

/** What 完结 reads of a follow-up. */
export interface FollowUpDates {
  decidedOn: string;
  closedOn: string | null;
}

/** What 完结 reads of a result: when it was dealt with, and whether a problem was found (foundProblem). */
export interface ConclusionFields extends SettledFields {
  problem: boolean;
}

export function isConcludedBy(result: ConclusionFields, followUps: readonly FollowUpDates[], day: string): boolean {
  if (!isSettledBy(result, day)) return false;
  let decided = 0;
  for (const f of followUps) {
    if (f.decidedOn > day) continue;
    if (f.closedOn === null || f.closedOn > day) return false;
    decided += 1;
  }
  return !result.problem || decided > 0;
}

const FOLLOW_UP_DECIDED = 'f.result_id = r.id AND f.decided_on <= @end';

/** The SQL form of isConcludedBy over a result named `r`; binds `@end`. */
export const CONCLUDED_BY_SQL = `(${RESULT_STATE_SQL.settledBy}
  AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE ${FOLLOW_UP_DECIDED} AND (f.closed_on IS NULL OR f.closed_on > @end))
  AND (EXISTS (SELECT 1 FROM follow_ups f WHERE ${FOLLOW_UP_DECIDED})
       OR NOT EXISTS (SELECT 1 FROM json_each(r.categories) c JOIN result_categories rc ON rc.code = c.value
                      WHERE rc.problem = 1)))`;
