import { randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { sessions } from '../../../db/schema';
import { sha256Hex } from '../canonical';
import type { Actor, Door } from '../context';
import { insertStamps, updateStamp } from '../row-stamps';
import { readDeclared } from '../settings';
import { findUserById } from '../users';

/** A working day and some; after that the user logs in again. */
const SESSION_HOURS = 12;
/** Last activity is written at most once a minute, so read calls do not each cost a write. */
const TOUCH_AFTER_MS = 60_000;

export const readIdleMinutes = (db: Db): number => readDeclared(db, 'auth.idleMinutes');

/** The actor of a live session, and whether the account must change its password before doing anything else. */
export interface SessionActor {
  actor: Actor;
  mustChangePassword: boolean;
}

export function createSession(db: Db, userId: number, door: Door, now: Date): string {
  const token = randomBytes(32).toString('base64url');
  const stamp = now.toISOString();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  // Expired sessions are dead weight; clearing them here keeps the table small without a timer.
  db.delete(sessions).where(lt(sessions.expiresAt, stamp)).run();
  db.insert(sessions)
    .values({ tokenHash: sha256Hex(token), userId, door, expiresAt, lastSeenAt: stamp, ...insertStamps(now) })
    .run();
  return token;
}

export function endSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, sha256Hex(token)))
    .run();
}

/** Ends every session of the user, or every one but `keepToken` (the session that changed the password). */
export function endSessionsOf(db: Db, userId: number, keepToken?: string | null): void {
  const keep = keepToken ? ne(sessions.tokenHash, sha256Hex(keepToken)) : undefined;
  db.delete(sessions)
    .where(and(eq(sessions.userId, userId), keep))
    .run();
}

/**
 * The actor behind a live session of an active user, or null: a session lives 12 hours from its login and ends
 * earlier when unused for the office's idle time. Using it moves its last activity (at most once a minute), unless
 * the call is no activity of the person's (`touch` false: a screen polling on a timer, a status check).
 */
export function resolveSession(db: Db, token: string, now: Date, touch = true): SessionActor | null {
  const tokenHash = sha256Hex(token);
  const session = db
    .select({ userId: sessions.userId, lastSeenAt: sessions.lastSeenAt, createdAt: sessions.createdAt })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now.toISOString())))
    .get();
  // The account is read through the users area; a session of a disabled account is no session.
  const user = session && findUserById(db, session.userId);
  if (!session || !user?.active) return null;
  const lastSeen = Date.parse(session.lastSeenAt ?? session.createdAt);
  if (now.getTime() - lastSeen >= readIdleMinutes(db) * 60_000) {
    endSession(db, token);
    return null;
  }
  if (touch && now.getTime() - lastSeen > TOUCH_AFTER_MS) {
    db.update(sessions)
      .set({ lastSeenAt: now.toISOString(), ...updateStamp(now) })
      .where(eq(sessions.tokenHash, tokenHash))
      .run();
  }
  const { id, username, displayName, role, departmentId, mustChangePassword } = user;
  return { actor: { id, username, displayName, role, departmentId }, mustChangePassword };
}
