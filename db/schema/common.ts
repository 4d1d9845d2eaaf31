import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** ISO-8601 UTC timestamps as text: sortable, readable in sqlite3, and what the audit chain hashes. */
const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const timestamps = {
  createdAt: text('created_at').notNull().default(nowIso),
  updatedAt: text('updated_at').notNull().default(nowIso),
};
