import type { ReadableDb } from '../../db/client';
import { dateInZone, dateTimeInZone, dayStartInZone } from './dates';
import { readDeclared } from './settings';

/**
 * The office's day and time: the core's clock read in the office's time zone (setting `office.timeZone`, default
 * Asia/Shanghai), never the machine's or the browser's. Every default date, "not after today" check, deadline,
 * document and export asks here, and the renderer asks the core (system.today).
 */
export interface OfficeTime {
  readonly timeZone: string;
  /** The office's calendar day at the call's instant, YYYY-MM-DD. */
  readonly today: string;
  /** The office's calendar day of another instant (a Date or a stored ISO string). */
  date(instant: Date | string): string;
  /** YYYY-MM-DD HH:MM:SS on the office's wall clock. */
  dateTime(instant: Date | string): string;
  /** The instant the office's calendar day begins (shifted by `offsetDays`), ISO: for filters on stored instants. */
  dayStart(isoDate: string, offsetDays?: number): string;
}

export const officeTimeZone = (db: ReadableDb): string => readDeclared(db, 'office.timeZone');

/** What a call knows: the database (for the setting) and the instant it runs at (either handler context fits). */
export interface TimeSource {
  db: ReadableDb;
  now: Date;
}

const asDate = (instant: Date | string): Date => (typeof instant === 'string' ? new Date(instant) : instant);

export function officeTimeIn(timeZone: string, now: Date): OfficeTime {
  return {
    timeZone,
    today: dateInZone(now, timeZone),
    date: (instant) => dateInZone(asDate(instant), timeZone),
    dateTime: (instant) => dateTimeInZone(asDate(instant), timeZone),
    dayStart: (isoDate, offsetDays = 0) => dayStartInZone(isoDate, timeZone, offsetDays),
  };
}

/** One reading of the setting per call: a handler's context keeps its answer (a list of 1,000 rows asks once). */
const perCall = new WeakMap<TimeSource, OfficeTime>();

export function officeTime(source: TimeSource): OfficeTime {
  let known = perCall.get(source);
  if (!known) {
    known = officeTimeIn(officeTimeZone(source.db), source.now);
    perCall.set(source, known);
  }
  return known;
}

/** The office's calendar day now (for the call's context), YYYY-MM-DD. */
export const officeToday = (source: TimeSource): string => officeTime(source).today;
