import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** ISO-8601 UTC timestamps as text: sortable, readable in sqlite3, and what the audit chain hashes. */
const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * Every row a call writes is stamped from the call's clock (`insertStamps` / `updateStamp`, electron/core/row-stamps.ts),
 * and the rows the core seeds when it opens from the core's clock (app.ts seedOnce). SQLite's wall-clock default
 * below is left only for rows written outside the core: the migrations' seed rows (0013_result_lists.sql: the result
 * categories and follow-up measures). No handler may rely on it; test/unit/one-clock.test.ts checks that.
 */
export const timestamps = {
  createdAt: text('created_at').notNull().default(nowIso),
  updatedAt: text('updated_at').notNull().default(nowIso),
};
