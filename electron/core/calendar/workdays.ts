import { addDays, isWeekend } from '../dates';
import { AppError } from '../errors';

/** The working-day calendar in memory: covered years, and the days that differ from Monday to Friday. */
export interface WorkCalendar {
  years: ReadonlySet<number>;
  /** 'holiday' = no work that day; 'workday' = a weekend day worked instead (调休上班). */
  days: ReadonlyMap<string, 'holiday' | 'workday'>;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function yearOf(date: string): number {
  const match = DATE.exec(date);
  const parsed = match ? new Date(`${date}T00:00:00Z`) : null;
  if (!match || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new AppError('INVALID_INPUT', `日期“${date}”无效，应写成 2026-03-02 这样的日期。`);
  return Number(match[1]);
}

function covered(calendar: WorkCalendar, date: string): void {
  const year = yearOf(date);
  if (!calendar.years.has(year)) {
    throw new AppError(
      'CONFLICT',
      `工作日历尚未包含 ${year} 年的节假日安排，无法计算工作日。请先更新工作日历，加入 ${year} 年的放假调休安排后再试。`,
    );
  }
}

/** Whether a covered date is a working day: a listed holiday or make-up day decides, otherwise Monday to Friday. */
export function isWorkday(calendar: WorkCalendar, date: string): boolean {
  covered(calendar, date);
  const listed = calendar.days.get(date);
  if (listed) return listed === 'workday';
  return !isWeekend(date);
}

/**
 * The date of the n-th working day after `date` (the date itself not counted, whatever it is): 20 working days
 * after a result formed on a holiday count from the next working day. Every day passed must be covered.
 */
export function addWorkdays(calendar: WorkCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 3650)
    throw new AppError('INVALID_INPUT', '工作日天数应为 0 到 3650 之间的整数。');
  yearOf(date);
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkday(calendar, day)) left -= 1;
  }
  return day;
}
