import type { ReadableDb } from '../../../db/client';
import { activeDepartments } from '../departments';
import type { MonthlyFigures, ReportRow } from './figures';
import { submissionById, submissionsOfPeriod } from './submission-store';

/**
 * 汇总: the county's monthly report compiled from what the departments submitted (their latest version each), not
 * from today's data. The rows are the departments' rows put together: a department's own task appears in its report
 * alone; a joint task appears in the report of every department that took part, and is taken once — from the lead
 * department's submission when it submitted, else from the first department's. The counts of the totals row are
 * then sums of these rows, and the rates (完成率, 完结率) are worked out again from the summed counts by the workbook
 * (never an average of rates). Part 一 (the directories' sizes) is county-wide in every report: it is taken from the
 * latest submission. 联合抽查次数 and its departments are counted once per joint visit in each participating
 * department's report, so the compilation takes the largest any department reported rather than their sum.
 */
export function compileMonthly(db: ReadableDb, month: string) {
  const versions = submissionsOfPeriod(db, 'monthly', month);
  const latest = new Map<number, (typeof versions)[number]>();
  for (const v of versions) latest.set(v.departmentId, v);
  const departments = activeDepartments(db);
  const submitted = departments.filter((d) => latest.has(d.id));
  const missing = departments.filter((d) => !latest.has(d.id));
  const figuresOf = new Map<number, MonthlyFigures>();
  for (const d of submitted) {
    const stored = submissionById(db, latest.get(d.id)!.id);
    if (stored) figuresOf.set(d.id, JSON.parse(stored.figures) as MonthlyFigures);
  }
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const rows = new Map<string, ReportRow>();
  const leadOf = new Map<string, boolean>();
  for (const [departmentId, figures] of figuresOf) {
    for (const row of figures.rows) {
      const key = `${row.taskId}|${row.name}`;
      const fromLead = row.leadDepartment === names.get(departmentId);
      if (!rows.has(key) || (fromLead && !leadOf.get(key))) {
        rows.set(key, row);
        leadOf.set(key, fromLead);
      }
    }
  }
  const all = [...figuresOf.values()];
  const newest = [...figuresOf.entries()].sort(
    ([a], [b]) => (latest.get(b)?.submittedAt ?? '').localeCompare(latest.get(a)?.submittedAt ?? '') || a - b,
  )[0]?.[1];
  const [year, m] = month.split('-').map(Number) as [number, number];
  const figures: MonthlyFigures | null = newest
    ? {
        ...newest,
        year,
        month: m,
        rows: [...rows.values()].sort((a, b) => a.taskId - b.taskId),
        joint: {
          tasks: Math.max(...all.map((f) => f.joint.tasks)),
          departments: Math.max(...all.map((f) => f.joint.departments)),
        },
      }
    : null;
  return {
    figures,
    submitted: submitted.map((d) => ({
      departmentId: d.id,
      departmentName: d.name,
      version: latest.get(d.id)!.version,
      submittedOn: latest.get(d.id)!.submittedOn,
    })),
    missing: missing.map((d) => ({ departmentId: d.id, departmentName: d.name })),
  };
}
