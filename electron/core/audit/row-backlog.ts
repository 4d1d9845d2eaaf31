import type { Db } from '../../../db/client';
import { appendAudit } from './chain';
import { AUDITED_TABLES, tracksRows } from './rows';

/** How many declared rows one idle step digests: a few tens of milliseconds between requests. */
export const BACKLOG_STEP_ROWS = 5000;
export const DIGEST_METHOD = 'system.digestRows';

/**
 * One idle step: digests the next rows a bulk insert declared, as their own audit entry (system.digestRows) through
 * the ordinary path. Must run inside a write transaction. False when nothing was left to do.
 */
export function digestBacklogStep(db: Db, now: Date, rows = BACKLOG_STEP_ROWS): boolean {
  const client = db.$client;
  if (!tracksRows(client)) return false;
  const next = client
    .prepare('SELECT entry_id, tbl, next_rid, last_rid FROM audit_row_backlog ORDER BY entry_id, tbl LIMIT 1')
    .raw()
    .get() as [number, string, number, number] | undefined;
  if (!next) return false;
  const [entryId, tbl, from, last] = next;
  if (!(tbl in AUDITED_TABLES)) throw new Error(`audit backlog names an unknown table ${tbl}`);
  const upto = Math.min(from + rows - 1, last);
  client
    .prepare(
      `INSERT OR IGNORE INTO audit_touched (tbl, rid) SELECT ?, rowid FROM main.${tbl} WHERE rowid BETWEEN ? AND ?`,
    )
    .run(tbl, from, upto);
  if (upto >= last) client.prepare('DELETE FROM audit_row_backlog WHERE entry_id = ? AND tbl = ?').run(entryId, tbl);
  else
    client
      .prepare('UPDATE audit_row_backlog SET next_rid = ? WHERE entry_id = ? AND tbl = ?')
      .run(upto + 1, entryId, tbl);
  appendAudit(db, {
    at: now.toISOString(),
    actorId: null,
    actorName: '系统',
    door: 'system',
    method: DIGEST_METHOD,
    entityType: tbl,
    entityId: String(entryId),
    inputDigest: '',
    outcome: 'ok',
  });
  return true;
}
