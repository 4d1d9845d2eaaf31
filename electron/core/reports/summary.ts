import type { ReadableDb } from '../../../db/client';
import { AppError } from '../errors';
import { listItems } from '../items';
import { nameBook } from '../plans';
import { itemResultCounts } from '../results';
import { LIVE_TASK_SQL, taskDepartmentIdsOf } from '../tasks';

/** 2026H1, 2026H2 or 2026: the half-year or the year a 工作总结 covers. */
export function periodOf(text: string): { label: string; start: string; end: string } {
  const match = /^(\d{4})(H[12])?$/.exec(text);
  if (!match) throw new AppError('INVALID_INPUT', '期间应写成 2026H1（上半年）、2026H2（下半年）或 2026（全年）。');
  const year = match[1] ?? '';
  if (match[2] === 'H1') return { label: `${year}年上半年`, start: `${year}-01-01`, end: `${year}-06-30` };
  if (match[2] === 'H2') return { label: `${year}年下半年`, start: `${year}-07-01`, end: `${year}-12-31` };
  return { label: `${year}年`, start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Follow-ups decided in the period per responsible department (by their decision date, not the day typed in). */
const FOLLOW_UPS = `
  SELECT department_id AS departmentId, count(*) AS decided
  FROM follow_ups WHERE decided_on BETWEEN @start AND @end GROUP BY department_id`;

const rate = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/**
 * The half-year / year summary behind the written 工作总结: per department and per item, the list's coverage
 * (items inspected at least once), the joint tasks and who took part, the on-time publication rate and 完结.
 * Results count by the date they were formed, in the state they were in as the period ended (or today, while it
 * runs): 按期公示率 = published on time ÷ (published + overdue unpublished), 完结率 = 完结 (isConcludedBy) ÷ dealt
 * with (published or withheld). Follow-ups count by their decision date; tasks by their period meeting the period.
 * The 统计分析 dashboard takes its coverage, on-time rate and joint tasks from here (stats/figures.ts), so the
 * screen and the written summary of a year cannot disagree.
 */
export function summaryFigures(db: ReadableDb, periodText: string, today: string, periodEnd?: string) {
  // A submitted annual summary ends where the office's year ends (报送: reports.annualPeriodEnd, e.g. 11-30).
  const period = periodEnd === undefined ? periodOf(periodText) : { ...periodOf(periodText), end: periodEnd };
  const asOf = period.end < today ? period.end : today;
  const names = nameBook(db);
  const bind = { start: period.start, end: period.end };
  const client = db.$client;
  // The list as it stood at the period's end: each item's version in force then, retired ones left out.
  const listed = listItems(db, { asOf: period.end });
  const byItem = new Map(itemResultCounts(db, period, asOf).map((r) => [r.itemId, r]));
  const followUps = new Map(
    (client.prepare(FOLLOW_UPS).all(bind) as { departmentId: number; decided: number }[]).map((f) => [
      f.departmentId,
      f.decided,
    ]),
  );
  const tasks = (
    client
      .prepare(
        `SELECT t.id, t.name, t.lead_department_id AS lead, t.department_ids AS departmentIds, t.period_start AS periodStart,
                t.period_end AS periodEnd, t.kind,
                (SELECT count(*) FROM draw_subjects ds WHERE ds.draw_id = d.id) AS drawn
         FROM tasks t JOIN draws d ON d.task_id = t.id AND d.status = 'locked'
         WHERE t.period_start <= @end AND t.period_end >= @start AND ${LIVE_TASK_SQL} ORDER BY t.period_start, t.id`,
      )
      .all(bind) as {
      id: number;
      name: string;
      lead: number;
      departmentIds: string;
      periodStart: string;
      periodEnd: string;
      kind: string;
      drawn: number;
    }[]
  ).map((t) => ({ ...t, departments: taskDepartmentIdsOf(t.departmentIds) }));

  const items = listed.map((i) => {
    const r = byItem.get(i.id);
    return {
      department: names.department(i.departmentId),
      departmentId: i.departmentId,
      name: i.name,
      category: i.category === 'key' ? '重点' : '一般',
      subjects: r?.subjects ?? 0,
      withProblems: r?.withProblems ?? 0,
      published: r?.published ?? 0,
      onTime: r?.onTime ?? 0,
      overdue: r?.overdue ?? 0,
      settled: r?.settled ?? 0,
      concluded: r?.concluded ?? 0,
    };
  });
  const departmentIds = [...new Set([...listed.map((i) => i.departmentId), ...tasks.flatMap((t) => t.departments)])];
  const departments = departmentIds
    .sort((a, b) => a - b)
    .map((id) => {
      const own = items.filter((i) => i.departmentId === id);
      const published = own.reduce((n, i) => n + i.published, 0);
      const onTime = own.reduce((n, i) => n + i.onTime, 0);
      const overdue = own.reduce((n, i) => n + i.overdue, 0);
      const settled = own.reduce((n, i) => n + i.settled, 0);
      const concluded = own.reduce((n, i) => n + i.concluded, 0);
      return {
        departmentId: id,
        department: names.department(id),
        listed: own.length,
        inspected: own.filter((i) => i.subjects > 0).length,
        coverage: rate(own.filter((i) => i.subjects > 0).length, own.length),
        tasks: tasks.filter((t) => t.departments.includes(id)).length,
        jointTasks: tasks.filter((t) => t.departments.length > 1 && t.departments.includes(id)).length,
        published,
        onTime,
        overdue,
        onTimeRate: rate(onTime, published + overdue),
        followUps: followUps.get(id) ?? 0,
        concluded,
        closureRate: rate(concluded, settled),
      };
    });
  const joint = tasks
    .filter((t) => t.departments.length > 1)
    .map((t) => ({
      name: t.name,
      leadDepartmentId: t.lead,
      lead: names.department(t.lead),
      departmentIds: t.departments,
      departments: t.departments.map(names.department).join('、'),
      period: `${t.periodStart} 至 ${t.periodEnd}`,
      special: t.kind === 'special',
      drawn: t.drawn,
    }));
  return { period, asOf, departments, items, joint };
}
export type SummaryFigures = ReturnType<typeof summaryFigures>;
