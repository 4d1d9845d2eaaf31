import type { ReadableDb } from '../../../db/client';
import { CONCLUDED_BY_SQL } from './conclusion';
import { RESULT_STATE_SQL } from './states';

/**
 * The counts of results that the 月报表, the 工作汇总 and the 统计分析 page are made of. Raw prepared statements: a
 * county-year holds 200,000 results and each report must take under a second (test/unit/monthly-report.test.ts,
 * `npm run bench`); the states they count come from states.ts.
 */

/** Results formed in a period, for the county (`departmentId` 0) or one department. */
export interface FormedScope {
  start: string;
  end: string;
  /** 0 for the whole county: the SQL tests `@departmentId = 0` instead of building two statements. */
  departmentId: number;
}

const ofDepartment = `(@departmentId = 0 OR r.department_id = @departmentId)`;

/** How many results were formed in the period, and how many per category code (a result with two counts in both). */
export function categoryCounts(db: ReadableDb, scope: FormedScope): { results: number; byCode: Map<string, number> } {
  const client = db.$client;
  const byCode = new Map(
    (
      client
        .prepare(
          `SELECT c.value AS code, count(*) AS results FROM results r, json_each(r.categories) c
           WHERE r.result_date BETWEEN @start AND @end AND ${ofDepartment} GROUP BY c.value`,
        )
        .all(scope) as { code: string; results: number }[]
    ).map((c) => [c.code, c.results]),
  );
  const results = client
    .prepare(`SELECT count(*) FROM results r WHERE r.result_date BETWEEN @start AND @end AND ${ofDepartment}`)
    .pluck()
    .get(scope) as number;
  return { results, byCode };
}

/** Results formed in the period that are overdue today, per department, most first. */
export function overdueByDepartment(
  db: ReadableDb,
  scope: FormedScope,
  today: string,
): { departmentId: number; results: number }[] {
  return db.$client
    .prepare(
      `SELECT r.department_id AS departmentId, count(*) AS results FROM results r
       WHERE ${RESULT_STATE_SQL.overdue} AND r.result_date BETWEEN @start AND @end AND ${ofDepartment}
       GROUP BY r.department_id ORDER BY results DESC, r.department_id`,
    )
    .all({ ...scope, today }) as { departmentId: number; results: number }[];
}

/**
 * Each item's results formed in the period, as they stood on `asOf` (the period's end, or today while it runs): how
 * many subjects, how many with problems; published, on time and overdue (按期公示率 = on time ÷ (published + overdue):
 * a result left unpublished past its deadline counts against the rate); dealt with (published or withheld) and 完结.
 */
export function itemResultCounts(db: ReadableDb, period: { start: string; end: string }, asOf: string) {
  return db.$client
    .prepare(
      `SELECT r.item_id AS itemId, count(DISTINCT r.subject_id) AS subjects,
         sum(EXISTS (SELECT 1 FROM json_each(r.categories) c JOIN result_categories rc ON rc.code = c.value
                     WHERE rc.problem = 1)) AS withProblems,
         sum(${RESULT_STATE_SQL.publishedBy}) AS published,
         sum(${RESULT_STATE_SQL.publishedOnTimeBy}) AS onTime,
         sum(${RESULT_STATE_SQL.overdueAt}) AS overdue,
         sum(${RESULT_STATE_SQL.settledBy}) AS settled,
         sum(${CONCLUDED_BY_SQL}) AS concluded
       FROM results r WHERE r.result_date BETWEEN @from AND @to GROUP BY r.item_id`,
    )
    .all({ from: period.start, to: period.end, end: asOf }) as {
    itemId: number;
    subjects: number;
    withProblems: number;
    published: number;
    onTime: number;
    overdue: number;
    settled: number;
    concluded: number;
  }[];
}

/**
 * The monthly report's per-task reads, prepared once and narrow (only the columns counted; the month's end applied
 * in SQL). Rows of results as arrays (raw): building 200,000 row objects alone costs a fifth of the budget. A
 * result comes with the days it was published and withheld (isSettledBy, isConcludedBy read them); a follow-up
 * counts from the day it was decided (`decided_on`), whenever it was typed in.
 */
export function monthEndStatements(db: ReadableDb) {
  const client = db.$client;
  return {
    results: client
      .prepare<{ task: number; end: string }, [number, number, number, string, string | null, string | null]>(
        `SELECT r.id, r.subject_id, r.item_id, r.categories, r.published_on, r.withheld_on
         FROM results r WHERE r.task_id = @task AND r.result_date <= @end`,
      )
      .raw(true),
    followUps: client
      .prepare<{ task: number; end: string }, [number, string, string, string | null]>(
        `SELECT f.result_id, f.measure, f.decided_on, f.closed_on
         FROM results r JOIN follow_ups f ON f.result_id = r.id
         WHERE r.task_id = @task AND r.result_date <= @end AND f.decided_on <= @end`,
      )
      .raw(true),
    /** 联合抽查次数: a task's visits (subjects) whose first result is dated in the month. Binds `@start`, `@end`. */
    visits: client
      .prepare<{ task: number; start: string; end: string }, number>(
        `SELECT count(*) FROM (SELECT min(r.result_date) AS first FROM results r WHERE r.task_id = @task
         GROUP BY r.subject_id) WHERE first BETWEEN @start AND @end`,
      )
      .pluck(),
  };
}
