import type { Db } from '../../../db/client';
import { withInsertTrackingPaused } from '../audit';

const INSERT_TRIGGER = 'subjects_fts_insert';

/**
 * Runs a bulk insert of subjects without the per-row FTS trigger, then indexes every row it added in one statement
 * (see migration 0008 for why that is ten times faster). The trigger is dropped for the insert and created again
 * from its own stored SQL afterwards: firing it, even with 0008's pause check, cost every row about 1.5 µs.
 * Must run inside the caller's transaction, so a crash or an error leaves neither a missing trigger nor half an
 * index behind. Only inserts may happen inside: renaming a row added meanwhile would ask the index to forget terms
 * it was never given.
 */
export function withFtsPaused<T>(db: Db, write: () => T): T {
  const client = db.$client;
  if (!client.inTransaction) throw new Error('withFtsPaused must run inside a transaction');
  const before = client.prepare<[], number>('SELECT coalesce(max(id), 0) FROM subjects').pluck().get() ?? 0;
  const trigger = client
    .prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
    .pluck()
    .get(INSERT_TRIGGER);
  if (!trigger) throw new Error(`trigger ${INSERT_TRIGGER} is missing`);
  client.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
  // The audit's row tracking is paused the same way: the new rows are digested as one range.
  const result = withInsertTrackingPaused(db, 'subjects', write);
  client.exec(trigger);
  client
    .prepare(
      `INSERT INTO subjects_fts (rowid, name, address, name_initials)
       SELECT id, name, address, name_initials FROM subjects WHERE id > ?`,
    )
    .run(before);
  return result;
}

/**
 * One step of merging the search index's segments, at most `pages` leaf pages of work, in the caller's
 * transaction. FTS5 counts a merge that did something as two or more changes (its own documentation's test).
 */
export function mergeSearchIndex(db: Db, pages = MERGE_STEP_PAGES): boolean {
  const client = db.$client;
  const changes = client.prepare<[], number>('SELECT total_changes()').pluck();
  const before = changes.get() ?? 0;
  client.prepare("INSERT INTO subjects_fts (subjects_fts, rank) VALUES ('merge', ?)").run(pages);
  return (changes.get() ?? 0) - before >= 2;
}

/** About 20 ms of work: a step never holds the database long enough to be felt. */
const MERGE_STEP_PAGES = 200;

/** Merges until there is nothing left to merge, a step per transaction; returns the steps that did work. */
export function tidySearchIndex(db: Db): number {
  let steps = 0;
  while (db.$client.transaction(() => mergeSearchIndex(db)).immediate()) steps += 1;
  return steps;
}
