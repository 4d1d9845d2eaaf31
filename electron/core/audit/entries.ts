import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { auditLog } from '../../../db/schema';

/**
 * The successful entries of some methods on some entities, in chain order, with what another area may show of them
 * (a draw's export names the entries of its open, run, lock and match; `audit verify` checks each one's hash).
 */
export const okEntriesOf = (db: ReadableDb, methods: readonly string[], entityIds: readonly string[]) =>
  db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      hash: auditLog.hash,
      method: auditLog.method,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.outcome, 'ok'),
        inArray(auditLog.method, [...methods]),
        inArray(auditLog.entityId, [...entityIds]),
      ),
    )
    .orderBy(asc(auditLog.id))
    .all();
