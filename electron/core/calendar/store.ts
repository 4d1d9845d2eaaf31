import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, ReadableDb } from '../../../db/client';
import { calendarDays, calendarYears } from '../../../db/schema';
import shipped from '../../../resources/calendar/cn-holidays.json';
import { addDays } from '../dates';
import { insertStamps, updateStamp } from '../row-stamps';
import type { WorkCalendar } from './workdays';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const yearSchema = z.object({
  /** [name, first day, last day] of each holiday block, weekend days inside it included. */
  holidays: z.array(z.tuple([z.string(), isoDate, isoDate])),
  /** [name, day] of each weekend day worked instead. */
  workdays: z.array(z.tuple([z.string(), isoDate])),
});
type ShippedYear = z.infer<typeof yearSchema>;

/** A day the calendar lists: 'holiday' = no work, 'workday' = a weekend day worked (调休上班). */
export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

/** The calendar file's shape: the shipped data, and (later) what an office imports for new years. */
export const calendarFileSchema = z.object({
  source: z.string(),
  years: z.record(z.string().regex(/^\d{4}$/), yearSchema),
});

/** Every day of every holiday block, and the make-up workdays, of one year of the shipped data. */
function daysOf(year: ShippedYear): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const [name, from, to] of year.holidays) {
    for (let date = from; date <= to; date = addDays(date, 1)) days.push({ date, kind: 'holiday', name });
  }
  for (const [name, date] of year.workdays) days.push({ date, kind: 'workday', name: `${name}调休上班` });
  return days;
}

/** Puts one year's holidays and make-up days in place of whatever the database listed for it. */
export function writeYear(db: Db, year: number, source: string, data: ShippedYear, now: Date): void {
  writeYearDays(db, year, source, daysOf(data), now);
}

/** The same, for days already listed one by one (a parsed notice, a year marked by hand). */
export function writeYearDays(db: Db, year: number, source: string, days: readonly CalendarDay[], now: Date): void {
  db.delete(calendarDays)
    .where(sql`substr(${calendarDays.date}, 1, 4) = ${String(year)}`)
    .run();
  db.insert(calendarYears)
    .values({ year, source, ...insertStamps(now) })
    .onConflictDoUpdate({ target: calendarYears.year, set: { source, ...updateStamp(now) } })
    .run();
  // A block may start in December of the year before (元旦): such days are added, never overwritten.
  for (const day of days)
    db.insert(calendarDays)
      .values({ ...day, ...insertStamps(now) })
      .onConflictDoNothing()
      .run();
}

/**
 * Where a year came from, as stored with it: the shipped data keeps its long citation; the office's own years
 * are stored as "label：detail" so the years table can name the source in a word and the detail once.
 */
export const YEAR_SOURCES = {
  notice: '国务院办公厅通知（粘贴解析）',
  manual: '手工标注',
  file: '导入文件',
} as const;

const SHIPPED_SOURCE = calendarFileSchema.parse(shipped).source;

/** 随软件提供 for the shipped years (this release's citation or an earlier one), else the part before "：". */
export function sourceLabel(source: string): string {
  if (source === SHIPPED_SOURCE || source.startsWith('国务院办公厅关于各年度部分节假日安排的通知')) return '随软件提供';
  return source.split('：')[0]!;
}

/**
 * Adds the shipped years (resources/calendar) the database does not cover yet. Years already there — shipped
 * earlier, imported or edited by the office — are left as they are. Returns the years added.
 */
export function seedCalendar(db: Db, now: Date): number[] {
  const have = new Set(
    db
      .select({ year: calendarYears.year })
      .from(calendarYears)
      .all()
      .map((y) => y.year),
  );
  const data = calendarFileSchema.parse(shipped);
  const added: number[] = [];
  for (const [key, year] of Object.entries(data.years)) {
    const number = Number(key);
    if (have.has(number)) continue;
    writeYear(db, number, data.source, year, now);
    added.push(number);
  }
  return added;
}

export function loadCalendar(db: ReadableDb): WorkCalendar {
  return {
    years: new Set(
      db
        .select({ year: calendarYears.year })
        .from(calendarYears)
        .all()
        .map((y) => y.year),
    ),
    days: new Map(
      db
        .select({ date: calendarDays.date, kind: calendarDays.kind })
        .from(calendarDays)
        .all()
        .map((d) => [d.date, d.kind]),
    ),
  };
}

/** The covered years with how many holidays and make-up workdays each lists. */
export function calendarYearsOf(db: ReadableDb) {
  const counts = new Map(
    db
      .select({
        year: sql<string>`substr(${calendarDays.date}, 1, 4)`,
        holidays: sql<number>`sum(${calendarDays.kind} = 'holiday')`,
        workdays: sql<number>`sum(${calendarDays.kind} = 'workday')`,
      })
      .from(calendarDays)
      .groupBy(sql`substr(${calendarDays.date}, 1, 4)`)
      .all()
      .map((c) => [Number(c.year), c]),
  );
  return db
    .select()
    .from(calendarYears)
    .orderBy(calendarYears.year)
    .all()
    .map((y) => ({
      year: y.year,
      source: y.source,
      label: sourceLabel(y.source),
      holidays: counts.get(y.year)?.holidays ?? 0,
      workdays: counts.get(y.year)?.workdays ?? 0,
    }));
}
