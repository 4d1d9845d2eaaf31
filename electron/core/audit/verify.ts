import { eq } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { auditLog } from '../../../db/schema';
import { listAnchors } from './anchors';
import { verifyChain } from './chain';
import { verifyRows } from './rows';
import { readAnchorFile } from './signing';
import { missingAppendOnlyTriggers, REPAIR_METHOD } from './triggers';

export interface VerifyOptions {
  /** A head printed on a document or sent upward: its hash and, when known, its entry. */
  expect?: { hash: string; entryId?: number };
  /** The parsed content of a signed anchor file. */
  anchorFile?: unknown;
  /** Recompute the row digests of today's business rows. */
  deep?: boolean;
}

export interface Problem {
  entryId: number | null;
  reason: string;
  /** The chain itself is broken there (the entries before it are intact). */
  chain?: boolean;
}

export type AuditVerifyReport =
  | { ok: true; count: number; headHash: string; notes: string[] }
  | { ok: false; count: number; brokenId: number; reason: string; problems: Problem[]; notes: string[] };

/** Is the head at `entryId` (or anywhere, when no id is given) the one expected? Null when it is. */
function checkHead(
  db: ReadableDb,
  expected: { hash: string; entryId?: number },
  count: number,
  what: string,
): Problem | null {
  if (expected.entryId === undefined) {
    const found = db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.hash, expected.hash)).get();
    if (found) return null;
    return {
      entryId: null,
      reason: `${what}的头哈希 ${expected.hash} 不在审计日志中：日志被截断或自某条起被重新计算过哈希`,
    };
  }
  const id = expected.entryId;
  const row = db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, id)).get();
  if (!row) {
    return {
      entryId: id,
      reason: `${what}记录的第 ${id} 条已不在审计日志中（现仅有 ${count} 条）：日志末尾被截断`,
    };
  }
  if (row.hash !== expected.hash) {
    return {
      entryId: id,
      reason: `第 ${id} 条记录的哈希与${what}上的不符：审计日志自此条或更早被改写并重新计算了哈希`,
    };
  }
  return null;
}

/**
 * Everything `audit verify` checks: the chain and the row digests it covers, the append-only triggers (missing now,
 * or found missing at an earlier start), every head the app printed, and the head given on the command line or in a
 * signed anchor file; with `deep`, today's business rows against their digests.
 */
export function verifyAudit(db: ReadableDb, options: VerifyOptions = {}): AuditVerifyReport {
  const chain = verifyChain(db);
  const count = chain.count;
  const problems: Problem[] = [];
  const notes: string[] = [];
  if (!chain.ok) problems.push({ entryId: chain.brokenId, reason: chain.reason, chain: true });
  const missing = missingAppendOnlyTriggers(db);
  if (missing.length > 0) {
    problems.push({
      entryId: null,
      reason: `审计日志的防篡改触发器缺失（${missing.join('、')}）：重新启动应用会重建它们`,
    });
  }
  const repairs = db
    .select({ id: auditLog.id, entityId: auditLog.entityId, at: auditLog.at })
    .from(auditLog)
    .where(eq(auditLog.method, REPAIR_METHOD))
    .all();
  for (const repair of repairs) {
    problems.push({
      entryId: repair.id,
      reason: `启动时发现审计日志的防篡改触发器被删除（${repair.entityId ?? ''}），已于 ${repair.at} 重建：删除期间日志可能被改动`,
    });
  }
  const anchors = listAnchors(db);
  for (const anchor of anchors) {
    const problem = checkHead(
      db,
      { hash: anchor.hash, entryId: anchor.entryId },
      count,
      `「${anchor.purpose}」（${anchor.at}）`,
    );
    if (problem) problems.push(problem);
  }
  if (anchors.length > 0) notes.push(`已核对本机记录的 ${anchors.length} 个锚点`);
  if (options.expect) {
    const problem = checkHead(db, options.expect, count, '给定的审计链头');
    if (problem) problems.push(problem);
    else notes.push('给定的审计链头与日志一致');
  }
  if (options.anchorFile !== undefined) {
    const read = readAnchorFile(db, options.anchorFile);
    if (!read.ok) problems.push({ entryId: null, reason: read.reason });
    else {
      const { entryId, headHash, office, at } = read.file;
      const problem = checkHead(db, { hash: headHash, entryId }, count, `签名锚点文件（${office}，${at}）`);
      if (problem) problems.push(problem);
      else notes.push(`签名锚点文件有效：第 ${entryId} 条的头哈希与日志一致`);
    }
  }
  if (options.deep) {
    const rows = verifyRows(db);
    for (const reason of rows.problems) problems.push({ entryId: null, reason });
    notes.push(
      `已核对 ${rows.checked} 行业务数据${rows.unregistered > 0 ? `，其中 ${rows.unregistered} 行早于数据行摘要功能（未登记）` : ''}`,
    );
    if (rows.pending > 0) notes.push(`${rows.pending} 行批量导入的数据尚待登记摘要（软件空闲时或关闭时自动完成）`);
  }
  if (problems.length === 0 && chain.ok) return { ok: true, count, headHash: chain.headHash, notes };
  const first = problems[0] ?? { entryId: null, reason: '' };
  return { ok: false, count, brokenId: first.entryId ?? 0, reason: first.reason, problems, notes };
}
