import { asc } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { auditAnchors } from '../../../db/schema';

/**
 * Records a head the app printed or exported. Written outside any audited transaction (a PDF is a read): an anchor is
 * a note of what left the PC, not a change of the office's data. Anchors share the database file with the chain, so
 * whoever rewrites the chain can rewrite them too; the signed anchor file kept outside the PC is the check that holds.
 */
export function recordAnchor(db: Db, head: { id: number; hash: string }, purpose: string, now: Date): void {
  db.insert(auditAnchors)
    .values({ entryId: head.id, hash: head.hash, purpose: purpose.slice(0, 200), at: now.toISOString() })
    .run();
}

export const listAnchors = (db: ReadableDb) => db.select().from(auditAnchors).orderBy(asc(auditAnchors.id)).all();
