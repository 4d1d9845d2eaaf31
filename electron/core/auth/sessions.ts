import { randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { sessions, users } from '../../../db/schema';
import { sha256Hex } from '../canonical';
import type { Actor, Door } from '../context';

/** A working day and some; after that the user logs in again. */
const SESSION_HOURS = 12;

export function createSession(db: Db, userId: number, door: Door, now: Date): string {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  // Expired sessions are dead weight; clearing them here keeps the table small without a timer.
  db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
  db.insert(sessions)
    .values({ tokenHash: sha256Hex(token), userId, door, expiresAt })
    .run();
  return token;
}

export function endSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, sha256Hex(token)))
    .run();
}

export function endSessionsOf(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** The actor behind a live session of an active user, or null. */
export function resolveSession(db: Db, token: string, now: Date): Actor | null {
  const row = db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      departmentId: users.departmentId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, sha256Hex(token)), gt(sessions.expiresAt, now.toISOString()), eq(users.active, true)),
    )
    .get();
  return row ?? null;
}
