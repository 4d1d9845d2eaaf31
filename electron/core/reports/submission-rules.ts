import type { ReadableDb } from '../../../db/client';
import { addDays } from '../dates';
import { AppError } from '../errors';
import { readDeclared } from '../settings';

/**
 * 报送 — what a department submits to the county office and by when (GY 固政办发〔2021〕32号: the monthly report
 * 每月末5日前, the half-year and the annual summary 9月6日、11月30日前). The dates are settings (settings/declared.ts);
 * this file is the rule's one home: the 报送情况 grid, 待办 and the late flag all ask reportDueOn and submissionState.
 */
export type SubmissionKind = 'monthly' | 'halfYear' | 'annual';

export const SUBMISSION_KIND_LABELS: Record<SubmissionKind, string> = {
  monthly: '月报表',
  halfYear: '半年工作总结',
  annual: '年度工作总结',
};

export interface SubmissionDeadlines {
  monthlyDueDay: number;
  halfYearDue: string;
  annualDue: string;
  annualPeriodEnd: '11-30' | '12-31';
}

export const submissionDeadlinesOf = (db: ReadableDb): SubmissionDeadlines => ({
  monthlyDueDay: readDeclared(db, 'reports.monthlyDueDay'),
  halfYearDue: readDeclared(db, 'reports.halfYearDue'),
  annualDue: readDeclared(db, 'reports.annualDue'),
  annualPeriodEnd: readDeclared(db, 'reports.annualPeriodEnd'),
});

const PERIOD_FORMAT: Record<SubmissionKind, { pattern: RegExp; example: string }> = {
  monthly: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: '2026-10' },
  halfYear: { pattern: /^\d{4}H1$/, example: '2026H1' },
  annual: { pattern: /^\d{4}$/, example: '2026' },
};

const lastDayOfMonth = (year: number, month: number): string =>
  addDays(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`, -1);

/** What a period covers: its first and last day and its name, e.g. 2026年10月, 2026年上半年, 2026年度. */
export function submissionPeriod(
  kind: SubmissionKind,
  period: string,
  deadlines: Pick<SubmissionDeadlines, 'annualPeriodEnd'>,
): { start: string; end: string; label: string } {
  const format = PERIOD_FORMAT[kind];
  if (!format.pattern.test(period))
    throw new AppError('INVALID_INPUT', `${SUBMISSION_KIND_LABELS[kind]}的期间应写成 ${format.example} 这样。`);
  const year = Number(period.slice(0, 4));
  if (kind === 'monthly') {
    const month = Number(period.slice(5, 7));
    return { start: `${period}-01`, end: lastDayOfMonth(year, month), label: `${year}年${month}月` };
  }
  if (kind === 'halfYear') return { start: `${year}-01-01`, end: `${year}-06-30`, label: `${year}年上半年` };
  // The annual summary covers the year up to the office's annual end (GY: 30 November, when it is due).
  return { start: `${year}-01-01`, end: `${year}-${deadlines.annualPeriodEnd}`, label: `${year}年度` };
}

/**
 * 报送截止日 — the rule. A monthly report is due on day `monthlyDueDay` of the next month; a half-year or annual
 * summary on its 月-日 in the period's year, or of the next year when that day comes before the period has ended (an
 * annual summary of the calendar year, due 11-30, is due on 30 November of the next year).
 */
export function reportDueOn(kind: SubmissionKind, period: string, deadlines: SubmissionDeadlines): string {
  const { end } = submissionPeriod(kind, period, deadlines);
  if (kind === 'monthly') return addDays(end, deadlines.monthlyDueDay);
  const monthDay = kind === 'halfYear' ? deadlines.halfYearDue : deadlines.annualDue;
  const year = Number(end.slice(0, 4));
  const sameYear = `${year}-${monthDay}`;
  return sameYear >= end ? sameYear : `${year + 1}-${monthDay}`;
}

/**
 * Where a department stands for a period: 已报送 (on time), 逾期报送 (its first version after the due date), 未报送
 * (not yet, the due date not passed) or 逾期未报 (not submitted and the due date passed).
 */
export type SubmissionState = 'submitted' | 'submittedLate' | 'notYet' | 'missing';

export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
  submitted: '已报送',
  submittedLate: '逾期报送',
  notYet: '未报送',
  missing: '逾期未报',
};

export function submissionState(firstSubmittedOn: string | null, dueOn: string, today: string): SubmissionState {
  if (firstSubmittedOn !== null) return firstSubmittedOn > dueOn ? 'submittedLate' : 'submitted';
  return today > dueOn ? 'missing' : 'notYet';
}

/** The last period of a kind that has ended by `today` (a period may be submitted from its last day on). */
export function lastEndedPeriod(kind: SubmissionKind, today: string, deadlines: SubmissionDeadlines): string {
  const year = Number(today.slice(0, 4));
  if (kind === 'monthly') {
    const month = Number(today.slice(5, 7));
    const ends = lastDayOfMonth(year, month);
    if (today === ends) return today.slice(0, 7);
    return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  }
  const candidate = kind === 'halfYear' ? `${year}H1` : String(year);
  const { end } = submissionPeriod(kind, candidate, deadlines);
  return end <= today ? candidate : kind === 'halfYear' ? `${year - 1}H1` : String(year - 1);
}

/** Refuses a period that has not ended yet: its report would count a month still running. */
export function assertPeriodEnded(kind: SubmissionKind, period: string, today: string, deadlines: SubmissionDeadlines) {
  const { end, label } = submissionPeriod(kind, period, deadlines);
  if (end > today)
    throw new AppError(
      'INVALID_INPUT',
      `${label}尚未结束（截至 ${end}），${SUBMISSION_KIND_LABELS[kind]}从期末当日起才能报送。`,
    );
}
