import type { GetColumnData } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * JSON columns are declared in drizzle's JSON mode with their type (`text('x', { mode: 'json' }).$type<T>()`), so a
 * read through drizzle gets them parsed and typed. A raw prepared statement (a hot path) gets the column's text:
 * it decodes it here, with the column's own decoder and the type the schema declares, never with a cast of its own.
 * Each owning area wraps these in a named reader (e.g. results' `categoryCodesOf`).
 */
export const fromJsonText = <C extends SQLiteColumn>(column: C, text: string): GetColumnData<C, 'raw'> =>
  column.mapFromDriverValue(text);

/** A value as a JSON column's text, for a raw statement that writes the column: what a drizzle write would store. */
export const toJsonText = <C extends SQLiteColumn>(column: C, value: GetColumnData<C, 'raw'>): string =>
  column.mapToDriverValue(value) as string;
