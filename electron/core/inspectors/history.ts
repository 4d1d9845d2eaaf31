import { desc, eq } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { inspectorChanges } from '../../../db/schema';
import { INSPECTOR_LABELS, type InspectorRecord } from './fields';
import { insertStamps } from '../row-stamps';

export interface InspectorChange {
  field: keyof InspectorRecord;
  old: unknown;
  new: unknown;
}

export function diffInspector(before: InspectorRecord, after: InspectorRecord): InspectorChange[] {
  return (Object.keys(after) as (keyof InspectorRecord)[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, old: before[field], new: after[field] }));
}

export function recordInspectorChange(
  db: Db,
  inspectorId: number,
  changes: InspectorChange[],
  stamp: { at: string; actorName: string; source: 'manual' | 'import' | 'demo' },
): void {
  db.insert(inspectorChanges)
    .values({ inspectorId, changes, ...stamp, ...insertStamps(stamp.at) })
    .run();
}

export function inspectorHistory(db: ReadableDb, inspectorId: number) {
  return db
    .select()
    .from(inspectorChanges)
    .where(eq(inspectorChanges.inspectorId, inspectorId))
    .orderBy(desc(inspectorChanges.id))
    .limit(200)
    .all()
    .map((h) => ({
      id: h.id,
      at: h.at,
      actorName: h.actorName,
      source: h.source,
      changes: h.changes.map((c) => ({
        ...c,
        label: INSPECTOR_LABELS[c.field] ?? c.field,
      })),
    }));
}
