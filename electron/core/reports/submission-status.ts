import type { ReadableDb } from '../../../db/client';
import { activeDepartments } from '../departments';
import { submissionsOfPeriod } from './submission-store';
import {
  lastEndedPeriod,
  reportDueOn,
  submissionDeadlinesOf,
  submissionPeriod,
  submissionState,
  SUBMISSION_KIND_LABELS,
  type SubmissionDeadlines,
  type SubmissionKind,
  type SubmissionState,
} from './submission-rules';

/**
 * 报送情况: per department, where its report for the period stands — the state by the due-date rule, and its
 * versions (the latest first shown). `departmentId` narrows it to one department (a 部门管理员's own row).
 */
export function submissionGrid(
  db: ReadableDb,
  kind: SubmissionKind,
  period: string,
  today: string,
  departmentId?: number,
) {
  const deadlines = submissionDeadlinesOf(db);
  const { label, end } = submissionPeriod(kind, period, deadlines);
  const dueOn = reportDueOn(kind, period, deadlines);
  const versions = submissionsOfPeriod(db, kind, period);
  const rows = activeDepartments(db)
    .filter((d) => departmentId === undefined || d.id === departmentId)
    .map((d) => {
      const own = versions.filter((v) => v.departmentId === d.id);
      const first = own[0] ?? null;
      const latest = own[own.length - 1] ?? null;
      return {
        departmentId: d.id,
        departmentName: d.name,
        state: submissionState(first?.submittedOn ?? null, dueOn, today),
        versions: own
          .map((v) => ({
            id: v.id,
            version: v.version,
            submittedOn: v.submittedOn,
            submittedAt: v.submittedAt,
            submittedByName: v.submittedByName,
            reason: v.reason,
            sha256: v.sha256,
          }))
          .reverse(),
        latestVersion: latest?.version ?? null,
      };
    });
  return { kind, period, label: `${label}${SUBMISSION_KIND_LABELS[kind]}`, periodEnd: end, dueOn, today, rows };
}

/** A report owed for 待办: due within the “due soon” window, or past its due date and not submitted. */
export interface OwedReport {
  kind: SubmissionKind;
  period: string;
  label: string;
  departmentId: number;
  departmentName: string;
  dueOn: string;
  state: Extract<SubmissionState, 'notYet' | 'missing'>;
}

/**
 * 待办's reports: for each kind, the last period that has ended, per department not yet submitted — due soon when
 * its due date is at most `soon` (the 待办 window), late when it has passed. Earlier periods are on 报送情况.
 */
export function owedReports(
  db: ReadableDb,
  marks: { today: string; soon: string },
  departmentId?: number,
): OwedReport[] {
  const deadlines: SubmissionDeadlines = submissionDeadlinesOf(db);
  const kinds: SubmissionKind[] = ['monthly', 'halfYear', 'annual'];
  return kinds.flatMap((kind) => {
    const period = lastEndedPeriod(kind, marks.today, deadlines);
    const grid = submissionGrid(db, kind, period, marks.today, departmentId);
    if (grid.dueOn > marks.soon) return [];
    return grid.rows.flatMap((row) =>
      row.state === 'notYet' || row.state === 'missing'
        ? [
            {
              kind,
              period,
              label: grid.label,
              departmentId: row.departmentId,
              departmentName: row.departmentName,
              dueOn: grid.dueOn,
              state: row.state,
            },
          ]
        : [],
    );
  });
}
