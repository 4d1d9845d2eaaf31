import { and, gte, isNotNull, isNull, lt, lte, not, or, sql, type SQL } from 'drizzle-orm';
import { results } from '../../../db/schema';

/**
 * The states of a result against publication — the one home of each. A result is owed to the public (pending) until
 * it is published or marked 不予公示 (withheld, with its legal reason); a pending result past its deadline
 * (`publish_due`, the result date plus the office's working days: deadlines.ts) is overdue, one whose deadline falls
 * between today and the last “due soon” day (3 working days ahead) is due soon.
 *
 * Each state comes in up to three forms that say the same thing, tested against each other on every edge case
 * (test/unit/result-states.test.ts): a pure predicate for a row in hand, a drizzle condition for a query, and the raw
 * SQL text for the hot prepared statements (the 待办 counts, the monthly report, statistics), which name the table
 * `r` and bind the days as `@today`, `@soon` and `@end`. The pending forms match the partial index
 * `results_pending_due_idx` (migration 0014) term for term, so the overdue and due-soon reads use it.
 */

/** What a state reads of a result: a row, or a result as a view or list carries it. */
export interface ResultStateFields {
  publishedOn: string | null;
  withheldReason: string | null;
  publishDue: string;
}

/** The days deadlines are measured against: today, and the last day still “due soon”. */
export interface DueMarks {
  today: string;
  soon: string;
}

// ---- pure predicates ----

/** 不予公示: the law forbids publishing it; counted in reports, never listed. */
export const isWithheld = (r: Pick<ResultStateFields, 'withheldReason'>): boolean => r.withheldReason !== null;

/** On the public list: given a publication date (a withheld result never is; publishing and withholding exclude each other). */
export const isPublished = (r: Pick<ResultStateFields, 'publishedOn' | 'withheldReason'>): boolean =>
  r.publishedOn !== null && r.withheldReason === null;

/** Still owed to the public: neither published nor withheld. Only these have a deadline that matters. */
export const isPending = (r: Pick<ResultStateFields, 'publishedOn' | 'withheldReason'>): boolean =>
  r.publishedOn === null && r.withheldReason === null;

/** Pending past its deadline: the deadline day itself is still in time. */
export const isOverdue = (r: ResultStateFields, today: string): boolean => isPending(r) && r.publishDue < today;

/** Pending, with the deadline today or within the “due soon” working days. */
export const isDueSoon = (r: ResultStateFields, marks: DueMarks): boolean =>
  isPending(r) && r.publishDue >= marks.today && r.publishDue <= marks.soon;

/** The flag a list shows beside a result: overdue, due soon, or nothing. */
export function deadlineFlagOf(r: ResultStateFields, marks: DueMarks): 'overdue' | 'dueSoon' | null {
  if (isOverdue(r, marks.today)) return 'overdue';
  return isDueSoon(r, marks) ? 'dueSoon' : null;
}

/** What a state “by a day” reads: the days a result was published and withheld (`withheldOn`, set with the reason). */
export interface SettledFields {
  publishedOn: string | null;
  withheldOn: string | null;
}

/**
 * Dealt with by a day (the monthly report's 已公示 at the month's end): published by then, or withheld by then. A
 * result withheld today was still owed to the public at the end of last month, so last month's report keeps its figures.
 */
export const isSettledBy = (r: SettledFields, day: string): boolean =>
  (r.publishedOn !== null && r.publishedOn <= day) || (r.withheldOn !== null && r.withheldOn <= day);

/** On the public list by a day: published on or before it. */
export const isPublishedBy = (r: Pick<ResultStateFields, 'publishedOn'>, day: string): boolean =>
  r.publishedOn !== null && r.publishedOn <= day;

/** Overdue as a day ended (a summary of a past period): not dealt with by then, and its deadline already passed. */
export const isOverdueAt = (r: SettledFields & Pick<ResultStateFields, 'publishDue'>, day: string): boolean =>
  !isSettledBy(r, day) && r.publishDue < day;

/** 按期公示 by a day: published by then, on or before its deadline. */
export const isPublishedOnTimeBy = (r: Pick<ResultStateFields, 'publishedOn' | 'publishDue'>, day: string): boolean =>
  r.publishedOn !== null && r.publishedOn <= day && r.publishedOn <= r.publishDue;

/** 按期公示: published, on or before its deadline. */
export const isPublishedOnTime = (r: ResultStateFields): boolean =>
  r.publishedOn !== null && r.publishedOn <= r.publishDue;

/**
 * Not published — pending and withheld alike: a corrected result, and any result whose deadline moves with a new rule
 * or calendar, or that a whole task's publication considers (and then counts as skipped when withheld).
 */
export const isUnpublished = (r: Pick<ResultStateFields, 'publishedOn'>): boolean => r.publishedOn === null;

// ---- drizzle conditions ----

export const pendingWhere = (): SQL => and(isNull(results.publishedOn), isNull(results.withheldReason)) as SQL;
export const withheldWhere = (): SQL => isNotNull(results.withheldReason);
export const publishedWhere = (): SQL => and(isNotNull(results.publishedOn), isNull(results.withheldReason)) as SQL;
export const unpublishedWhere = (): SQL => isNull(results.publishedOn);
export const overdueWhere = (today: string): SQL => and(pendingWhere(), lt(results.publishDue, today)) as SQL;
export const dueSoonWhere = (marks: DueMarks): SQL =>
  and(pendingWhere(), gte(results.publishDue, marks.today), lte(results.publishDue, marks.soon)) as SQL;
export const settledByWhere = (day: string): SQL =>
  or(
    and(isNotNull(results.publishedOn), lte(results.publishedOn, day)),
    and(isNotNull(results.withheldOn), lte(results.withheldOn, day)),
  ) as SQL;
export const publishedByWhere = (day: string): SQL =>
  and(isNotNull(results.publishedOn), lte(results.publishedOn, day)) as SQL;
export const overdueAtWhere = (day: string): SQL => and(not(settledByWhere(day)), lt(results.publishDue, day)) as SQL;
export const publishedOnTimeByWhere = (day: string): SQL =>
  and(
    isNotNull(results.publishedOn),
    lte(results.publishedOn, day),
    sql`${results.publishedOn} <= ${results.publishDue}`,
  ) as SQL;
export const publishedOnTimeWhere = (): SQL =>
  and(isNotNull(results.publishedOn), sql`${results.publishedOn} <= ${results.publishDue}`) as SQL;

// ---- raw SQL text (table named `r`) ----

const PENDING = 'r.published_on IS NULL AND r.withheld_reason IS NULL';
const SETTLED_BY =
  '((r.published_on IS NOT NULL AND r.published_on <= @end) OR (r.withheld_on IS NOT NULL AND r.withheld_on <= @end))';

export const RESULT_STATE_SQL = {
  pending: PENDING,
  withheld: 'r.withheld_reason IS NOT NULL',
  published: 'r.published_on IS NOT NULL AND r.withheld_reason IS NULL',
  unpublished: 'r.published_on IS NULL',
  /** Binds `@today`. */
  overdue: `${PENDING} AND r.publish_due < @today`,
  /** Binds `@today` and `@soon`. */
  dueSoon: `${PENDING} AND r.publish_due >= @today AND r.publish_due <= @soon`,
  /** Binds `@end`. */
  settledBy: SETTLED_BY,
  /** Binds `@end`. */
  publishedBy: '(r.published_on IS NOT NULL AND r.published_on <= @end)',
  /** Binds `@end`. */
  overdueAt: `(NOT ${SETTLED_BY} AND r.publish_due < @end)`,
  /** Binds `@end`. */
  publishedOnTimeBy: '(r.published_on IS NOT NULL AND r.published_on <= @end AND r.published_on <= r.publish_due)',
  publishedOnTime: '(r.published_on IS NOT NULL AND r.published_on <= r.publish_due)',
} as const;
export type ResultState = keyof typeof RESULT_STATE_SQL;
