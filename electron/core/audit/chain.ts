import { desc, asc, gt } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { auditLog } from '../../../db/schema';
import { canonical, sha256Hex } from '../canonical';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditFields = Omit<AuditRow, 'id' | 'prevHash' | 'hash' | 'createdAt' | 'updatedAt'>;

/** The exact text that is hashed: every stored field but the hash itself, in canonical JSON. */
export function entryText(row: Omit<AuditRow, 'hash' | 'createdAt' | 'updatedAt'>): string {
  const { id, at, actorId, actorName, door, method, entityType, entityId, inputDigest, outcome, prevHash } = row;
  return canonical({ id, at, actorId, actorName, door, method, entityType, entityId, inputDigest, outcome, prevHash });
}

export const chainHash = (prevHash: string, text: string): string => sha256Hex(prevHash + text);

export function headHash(db: Db): { id: number; hash: string } | null {
  const row = db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return row ?? null;
}

/** Must run inside the caller's write transaction, which serialises appends across processes. */
export function appendAudit(db: Db, fields: AuditFields): AuditRow {
  const head = headHash(db);
  const id = (head?.id ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const partial = { id, ...fields, prevHash };
  const hash = chainHash(prevHash, entryText(partial));
  const row: AuditRow = { ...partial, hash, createdAt: fields.at, updatedAt: fields.at };
  db.insert(auditLog).values(row).run();
  return row;
}

export type ChainReport =
  { ok: true; count: number; headHash: string } | { ok: false; count: number; brokenId: number; reason: string };

/** Walks the chain in id order, in pages so that a long log never sits in memory at once. */
export function verifyChain(db: Db, pageSize = 5000): ChainReport {
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
      prevHash = row.hash;
      expectedId += 1;
      count += 1;
    }
    if (page.length < pageSize) return { ok: true, count, headHash: prevHash };
  }
}
