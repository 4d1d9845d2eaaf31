import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';

/** Key/value settings; values are JSON text so later issues can store structured rules. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  ...timestamps,
});
