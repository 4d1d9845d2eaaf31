import { and, eq, isNull } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { experts, inspectorRecusals, inspectors } from '../../../db/schema';
import { insertStamps } from '../row-stamps';
import type { InspectorRecord } from './fields';
import { recordInspectorChange } from './history';
import { columnsOf } from './store';

/**
 * The inspectors area's inserts: the form, the import and the demo county all add officers, recusals and experts
 * through these, so each table has one writer and every officer's history starts with its creation.
 */

export interface InspectorStamp {
  at: string;
  actorName: string;
  source: 'manual' | 'import' | 'demo';
}

/** Adds an officer from a normalised record and records the creation in its history; returns the new id. */
export function insertInspector(db: Db, record: InspectorRecord, stamp: InspectorStamp): number {
  const { id } = db
    .insert(inspectors)
    .values({ ...columnsOf(record), ...insertStamps(stamp.at) })
    .returning({ id: inspectors.id })
    .get();
  recordInspectorChange(db, id, [], stamp);
  return id;
}

export type RecusalValues = Pick<
  typeof inspectorRecusals.$inferInsert,
  'inspectorId' | 'kind' | 'subjectId' | 'regionCode' | 'regionName' | 'relation' | 'reason'
>;

/** Records a recusal (checked by the caller: the subject exists, no open twin); returns its id. */
export function insertRecusal(db: Db, values: RecusalValues, now: Date | string): number {
  return db
    .insert(inspectorRecusals)
    .values({ ...values, ...insertStamps(now) })
    .returning({ id: inspectorRecusals.id })
    .get().id;
}

/** Whether the officer already has an open recusal for the same region (the same code, or the same name). */
export function openRegionRecusal(
  db: ReadableDb,
  inspectorId: number,
  region: { regionCode: string | null; regionName: string | null },
): boolean {
  const same = region.regionName
    ? eq(inspectorRecusals.regionName, region.regionName)
    : eq(inspectorRecusals.regionCode, region.regionCode ?? '');
  return (
    db
      .select({ id: inspectorRecusals.id })
      .from(inspectorRecusals)
      .where(
        and(
          eq(inspectorRecusals.inspectorId, inspectorId),
          eq(inspectorRecusals.kind, 'region'),
          same,
          isNull(inspectorRecusals.endedAt),
        ),
      )
      .get() !== undefined
  );
}

export type ExpertValues = Pick<typeof experts.$inferInsert, 'name' | 'organisation' | 'orgType' | 'field' | 'phone'>;

/** Adds an expert to the expert library; returns the id. */
export function insertExpert(db: Db, values: ExpertValues, now: Date | string): number {
  return db
    .insert(experts)
    .values({ ...values, ...insertStamps(now) })
    .returning({ id: experts.id })
    .get().id;
}
