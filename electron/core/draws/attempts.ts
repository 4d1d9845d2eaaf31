import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { draws, drawSubjects, matches } from '../../../db/schema';
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

/** The latest attempt of a task's draw, whatever its state. */
export const latestDraw = (db: ReadableDb, taskId: number): DrawRow | undefined =>
  db.select().from(draws).where(eq(draws.taskId, taskId)).orderBy(desc(draws.attempt)).limit(1).get();

/**
 * How far a task's draw has got, for the task's view: its latest attempt, how many subjects that attempt drew, and
 * whether a match has ever been run.
 */
export function drawProgressOf(db: ReadableDb, taskId: number) {
  const latest = latestDraw(db, taskId);
  const drawnCount = latest
    ? (db
        .select({ n: sql<number>`count(*)` })
        .from(drawSubjects)
        .where(eq(drawSubjects.drawId, latest.id))
        .get()?.n ?? 0)
    : 0;
  const matched = db
    .select({ n: sql<number>`count(*)` })
    .from(matches)
    .where(eq(matches.taskId, taskId))
    .get();
  return { latest, drawnCount, matched: (matched?.n ?? 0) > 0 };
}
