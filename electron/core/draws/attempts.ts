import { asc, eq } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { draws } from '../../../db/schema';
import { notFound } from '../errors';
import type { AttemptView } from './schemas';

export type DrawRow = typeof draws.$inferSelect;

export function getDraw(db: Db, id: number): DrawRow {
  const draw = db.select().from(draws).where(eq(draws.id, id)).get();
  if (!draw) throw notFound('该抽取记录');
  return draw;
}

/** An attempt for the screen: everything but the pool, and the nonce only once it has been revealed. */
export function attemptViewOf(row: DrawRow): AttemptView {
  return {
    id: row.id,
    taskId: row.taskId,
    attempt: row.attempt,
    status: row.status,
    reason: row.reason,
    approver: row.approver,
    operatorName: row.operatorName,
    poolSize: row.poolSize,
    poolHash: row.poolHash,
    nonceHash: row.nonceHash,
    nonce: row.status === 'open' ? null : row.nonce,
    seed: row.seed,
    counting: row.counting,
    excluded: row.excluded,
    witnesses: row.witnesses,
    createdAt: row.createdAt,
    drawnAt: row.drawnAt,
    lockedAt: row.lockedAt,
  };
}

export const attemptsOf = (db: ReadableDb, taskId: number): AttemptView[] =>
  db.select().from(draws).where(eq(draws.taskId, taskId)).orderBy(asc(draws.attempt)).all().map(attemptViewOf);
