import type { Db } from '../../../db/client';

/**
 * Runs a bulk insert of subjects with the per-row FTS trigger paused, then indexes every row it added in one
 * statement (see migration 0008 for why this is ten times faster). Must run inside the caller's transaction, so a
 * crash or an error leaves neither the pause nor half an index behind. Only inserts may happen inside: renaming a
 * row added while paused would ask the index to forget terms it was never given.
 */
export function withFtsPaused<T>(db: Db, write: () => T): T {
  const client = db.$client;
  if (!client.inTransaction) throw new Error('withFtsPaused must run inside a transaction');
  const before = client.prepare<[], number>('SELECT coalesce(max(id), 0) FROM subjects').pluck().get() ?? 0;
  client.prepare('INSERT INTO subjects_fts_paused (one) VALUES (1)').run();
  const result = write();
  client.prepare('DELETE FROM subjects_fts_paused').run();
  client
    .prepare(
      `INSERT INTO subjects_fts (rowid, name, address, name_initials)
       SELECT id, name, address, name_initials FROM subjects WHERE id > ?`,
    )
    .run(before);
  return result;
}
