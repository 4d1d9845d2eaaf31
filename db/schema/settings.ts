import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';

/** Key/value settings; values are JSON (each key's type is declared in settings/declared.ts and checked on read). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).$type<unknown>().notNull(),
  ...timestamps,
});
