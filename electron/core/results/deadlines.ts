import type { ReadableDb } from '../../../db/client';
import { loadCalendar, addWorkdays, type WorkCalendar } from '../calendar';
import { officeToday } from '../office-time';
import { AppError } from '../errors';
import { resultRulesOf } from './rules';

/** Working days ahead within which a deadline counts as near (the 待办 badge's “3 个工作日内到期”). */
export const SOON_WORKDAYS = 3;

/**
 * A deadline worked out on the calendar, or — when it runs into a year the calendar does not cover yet — no date
 * and the calendar's message saying what to update. A screen shows the message; it never guesses the date.
 */
export function workdaysAhead(
  calendar: WorkCalendar,
  date: string,
  n: number,
): { date: string; warning: null } | { date: null; warning: string } {
  try {
    return { date: addWorkdays(calendar, date, n), warning: null };
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return { date: null, warning: error.message };
    throw error;
  }
}

/** Today, the last day still “due soon”, and the rules: what every deadline flag is measured against. */
export function deadlineMarks(db: ReadableDb, now: Date) {
  const today = officeToday({ db, now });
  const calendar = loadCalendar(db);
  const ahead = workdaysAhead(calendar, today, SOON_WORKDAYS);
  // Past the calendar's last year only the covered days can be due soon; the warning says to update it.
  const soon = ahead.date ?? `${Math.max(...calendar.years, Number(today.slice(0, 4)))}-12-31`;
  return { today, soon, calendar, rules: resultRulesOf(db), warning: ahead.warning };
}
export type DeadlineMarks = ReturnType<typeof deadlineMarks>;

/** The day by which all of a task's results must be entered, or the calendar's warning. */
export const entryDueOf = (marks: DeadlineMarks, periodEnd: string) =>
  workdaysAhead(marks.calendar, periodEnd, marks.rules.entryWithin);
