import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users } from '../../../db/schema';
import { updateStamp } from '../row-stamps';

/**
 * The users area owns the `users` table; logging in and changing one's own password (the auth area's methods) write
 * it through these.
 */

/** A successful login clears the failed attempts and any lock, and notes the time. */
export function recordLogin(db: Db, userId: number, now: Date): void {
  db.update(users)
    .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now.toISOString(), ...updateStamp(now) })
    .where(eq(users.id, userId))
    .run();
}

/** The account's own new password: no longer one to change at the next login. */
export function setOwnPassword(db: Db, userId: number, passwordHash: string, now: Date): void {
  db.update(users)
    .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now.toISOString(), ...updateStamp(now) })
    .where(eq(users.id, userId))
    .run();
}
