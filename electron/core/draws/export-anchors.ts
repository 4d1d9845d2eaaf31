import type { ReadableDb } from '../../../db/client';
import { okEntriesOf } from '../audit';
import type { ExportAnchor } from './record-schemas';

const STEP_OF: Record<string, ExportAnchor['step']> = {
  'draws.open': 'open',
  'draws.run': 'run',
  'draws.lock': 'lock',
  'draws.match': 'match',
};

/**
 * The audit entries of a draw's open, run and lock and of its match (the successful ones), for the exported file:
 * their order shows the nonce's hash was committed before the witnesses typed, and `audit verify` in the office
 * checks each entry's hash within the chain. A draw made before the audit named its entity has none of its own.
 */
export function exportAnchors(db: ReadableDb, drawId: number, matchId: number | null): ExportAnchor[] {
  const rows = okEntriesOf(
    db,
    Object.keys(STEP_OF),
    matchId === null ? [String(drawId)] : [String(drawId), String(matchId)],
  );
  return rows
    .filter((r) =>
      r.method === 'draws.match'
        ? r.entityType === 'match' && r.entityId === String(matchId)
        : r.entityType === 'draw' && r.entityId === String(drawId),
    )
    .map((r) => ({ step: STEP_OF[r.method] ?? 'open', entryId: r.id, at: r.at, hash: r.hash }));
}
