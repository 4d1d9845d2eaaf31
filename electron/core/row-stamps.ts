/**
 * One clock: the created_at / updated_at a handler writes are the call's clock (ctx.now), never SQLite's wall
 * clock. The schema's default (db/schema/common.ts) is only for rows written outside any call. A test office runs
 * on a fixed clock and a real office may have its clock set on purpose; either way a row's stamps then agree with
 * the audit entry of the call that wrote it and with every date the call worked out from the same instant.
 */

/** The call's instant: ctx.now, or the ISO text a store already made of it (`stamp.at`). */
type Instant = Date | string;
const iso = (at: Instant): string => (typeof at === 'string' ? at : at.toISOString());

/** The stamps of a row a call inserts: created and last updated at the call's instant. */
export function insertStamps(now: Instant): { createdAt: string; updatedAt: string } {
  const at = iso(now);
  return { createdAt: at, updatedAt: at };
}

/** The stamp of a row a call changes: last updated at the call's instant. */
export function updateStamp(now: Instant): { updatedAt: string } {
  return { updatedAt: iso(now) };
}
