import { desc, asc, gt } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { auditLog } from '../../../db/schema';
import { canonical, sha256Hex } from '../canonical';
import { digestOfTables, storedForm, storedRowsDigests, storeDigests, takeTouchedDigests } from './rows';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditFields = Omit<AuditRow, 'id' | 'prevHash' | 'hash' | 'createdAt' | 'updatedAt' | 'rowsDigest'>;

/**
 * The exact text that is hashed: every stored field but the hash itself, in canonical JSON. The rows digest joins
 * only when there is one, so entries from before row digests keep the text they were hashed with.
 */
export function entryText(row: Omit<AuditRow, 'hash' | 'createdAt' | 'updatedAt'>): string {
  const { id, at, actorId, actorName, door, method, entityType, entityId, inputDigest, outcome, prevHash } = row;
  const fields = { id, at, actorId, actorName, door, method, entityType, entityId, inputDigest, outcome, prevHash };
  return canonical(row.rowsDigest == null ? fields : { ...fields, rowsDigest: row.rowsDigest });
}

export const chainHash = (prevHash: string, text: string): string => sha256Hex(prevHash + text);

export function headHash(db: ReadableDb): { id: number; hash: string } | null {
  const row = db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return row ?? null;
}

/**
 * Must run inside the caller's write transaction, which serialises appends across processes. The rows the
 * transaction touched (audit/rows.ts) are digested and chained with the entry.
 */
export function appendAudit(db: Db, fields: AuditFields): AuditRow {
  const head = headHash(db);
  const id = (head?.id ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const tables = takeTouchedDigests(db);
  const partial = { id, ...fields, prevHash, rowsDigest: digestOfTables(tables.map(storedForm)) };
  const hash = chainHash(prevHash, entryText(partial));
  const row: AuditRow = { ...partial, hash, createdAt: fields.at, updatedAt: fields.at };
  db.insert(auditLog).values(row).run();
  storeDigests(db, id, tables);
  return row;
}

export type ChainReport =
  { ok: true; count: number; headHash: string } | { ok: false; count: number; brokenId: number; reason: string };

/** Walks the chain in id order, in pages so that a long log never sits in memory at once. */
export function verifyChain(db: ReadableDb, pageSize = 5000): ChainReport {
  const rowsDigests = storedRowsDigests(db);
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  for (;;) {
    const page = db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, expectedId - 1))
      .orderBy(asc(auditLog.id))
      .limit(pageSize)
      .all();
    for (const row of page) {
      if (row.id !== expectedId) {
        return {
          ok: false,
          count,
          brokenId: expectedId,
          reason: `第 ${expectedId} 条记录缺失（下一条为第 ${row.id} 条）`,
        };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, count, brokenId: row.id, reason: `第 ${row.id} 条记录的前序哈希与第 ${row.id - 1} 条不符` };
      }
      if (chainHash(prevHash, entryText(row)) !== row.hash) {
        return { ok: false, count, brokenId: row.id, reason: `第 ${row.id} 条记录的内容与其哈希不符（已被改动）` };
      }
      if ((rowsDigests.get(row.id) ?? null) !== row.rowsDigest) {
        return { ok: false, count, brokenId: row.id, reason: `第 ${row.id} 条记录所登记的数据行摘要已被改动或删除` };
      }
      rowsDigests.delete(row.id);
      prevHash = row.hash;
      expectedId += 1;
      count += 1;
    }
    if (page.length < pageSize) break;
  }
  const stray = rowsDigests.keys().next();
  if (!stray.done) {
    return {
      ok: false,
      count,
      brokenId: stray.value,
      reason: `存在不属于任何审计记录的数据行摘要（第 ${stray.value} 条）`,
    };
  }
  return { ok: true, count, headHash: prevHash };
}
