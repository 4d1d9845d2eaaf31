import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `column LIKE %text%` with the user's % and _ taken literally. */
export function containsText(column: SQLWrapper, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * `column IN (the ids)`, the list passed as one JSON parameter: one statement for any number of ids (a draw's
 * thousands of subjects would pass SQLite's limit on bound parameters as a list of placeholders).
 */
export function idIn(column: SQLWrapper, ids: readonly number[]): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}
