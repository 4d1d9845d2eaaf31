import type { Db } from '../../../db/client';
import { loadCalendar } from '../calendar/store';
import { addWorkdays } from '../calendar/workdays';
import { localDate } from '../dates';
import { resultRulesOf } from './rules';

/** Working days ahead within which a deadline counts as near (the 待办 badge's “3 个工作日内到期”). */
export const SOON_WORKDAYS = 3;

/** Today, the last day still “due soon”, and the rules: what every deadline flag is measured against. */
export function deadlineMarks(db: Db, now: Date) {
  const today = localDate(now);
  const calendar = loadCalendar(db);
  return { today, soon: addWorkdays(calendar, today, SOON_WORKDAYS), calendar, rules: resultRulesOf(db) };
}
export type DeadlineMarks = ReturnType<typeof deadlineMarks>;

export function flagOf(
  due: string,
  marks: Pick<DeadlineMarks, 'today' | 'soon'>,
  pending: boolean,
): 'overdue' | 'dueSoon' | null {
  if (!pending) return null;
  if (due < marks.today) return 'overdue';
  return due <= marks.soon ? 'dueSoon' : null;
}

/** The day by which all of a task's results must be entered. */
export const entryDueOf = (marks: DeadlineMarks, periodEnd: string): string =>
  addWorkdays(marks.calendar, periodEnd, marks.rules.entryWithin);
