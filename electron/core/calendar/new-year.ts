import { isRealDate, isWeekend } from '../dates';
import { AppError } from '../errors';
import type { Db } from '../../../db/client';
import { recomputePendingDue } from '../results';
import { calendarYearsOf, writeYearDays, YEAR_SOURCES, type CalendarDay } from './store';

export interface NewYear {
  year: number;
  /** notice: parsed from the 国务院办公厅 notice (and perhaps corrected by hand); manual: marked by hand. */
  origin: 'notice' | 'manual';
  /** The notice's title, when the pasted text had one. */
  title?: string | null;
  /** Named by holiday (春节) as the parser gives them, or unnamed when marked by hand. */
  days: readonly CalendarDay[];
  replace: boolean;
}

/**
 * The days of a new year as the calendar stores them: each a real date of the year (or of the December before,
 * where 元旦 starts), listed once, a 上班 day only on a weekend; a 上班 day is named "春节调休上班" as the shipped
 * data's are, an unnamed day "放假" or "调休上班".
 */
export function yearDaysToStore(year: number, days: readonly CalendarDay[]): CalendarDay[] {
  const seen = new Set<string>();
  return days.map((day) => {
    if (!isRealDate(day.date)) throw new AppError('INVALID_INPUT', `“${day.date}”不是有效日期。`);
    const inYear = day.date.startsWith(`${year}-`) || day.date.startsWith(`${year - 1}-12-`);
    if (!inYear)
      throw new AppError(
        'INVALID_INPUT',
        `${day.date} 不在 ${year} 年内（只有元旦可从上一年 12 月开始），请改正后再保存。`,
      );
    if (seen.has(day.date)) throw new AppError('INVALID_INPUT', `${day.date} 列了两次，请只保留一个。`);
    seen.add(day.date);
    if (day.kind === 'workday' && !isWeekend(day.date))
      throw new AppError('INVALID_INPUT', `${day.date} 是周一至周五，本来就是工作日，不能标为调休上班。`);
    const name =
      day.kind === 'holiday' ? day.name || '放假' : day.name.endsWith('调休上班') ? day.name : `${day.name}调休上班`;
    return { date: day.date, kind: day.kind, name };
  });
}

/**
 * Stores a year the office added (新增年份, or `calendar parse-notice --save`): refused when the year is there
 * already unless replacing was confirmed; every deadline still running is worked out again on the new days.
 */
export function saveNewYear(
  db: Db,
  input: NewYear,
  now: Date,
): { year: number; holidays: number; workdays: number; moved: number } {
  const days = yearDaysToStore(input.year, input.days);
  const existing = calendarYearsOf(db).find((y) => y.year === input.year);
  if (existing && !input.replace)
    throw new AppError(
      'CONFLICT',
      `工作日历中已有 ${input.year} 年（来源：${existing.label}）。如要以新的安排替换，请确认替换后再保存。`,
    );
  const source =
    input.origin === 'manual'
      ? YEAR_SOURCES.manual
      : input.title
        ? `${YEAR_SOURCES.notice}：${input.title}`
        : YEAR_SOURCES.notice;
  writeYearDays(db, input.year, source, days, now);
  const inYear = days.filter((d) => d.date.startsWith(`${input.year}-`));
  return {
    year: input.year,
    holidays: inYear.filter((d) => d.kind === 'holiday').length,
    workdays: inYear.filter((d) => d.kind === 'workday').length,
    moved: recomputePendingDue(db, now),
  };
}
