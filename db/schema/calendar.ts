import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';

/**
 * 工作日历: the years the calendar covers. A deadline that needs a year not listed here is refused rather than
 * guessed; later years are added by import or by hand.
 */
export const calendarYears = sqliteTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  ...timestamps,
});

/** The days that differ from Monday-to-Friday: holidays (放假) and make-up workdays on a weekend (调休上班). */
export const calendarDays = sqliteTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name').notNull().default(''),
  ...timestamps,
});
