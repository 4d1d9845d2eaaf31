import type { Db } from '../../../db/client';
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
  'inspectorId' | 'kind' | 'subjectId' | 'regionCode' | 'relation' | 'reason'
>;

/** Records a recusal (checked by the caller: the subject exists, no open twin); returns its id. */
export function insertRecusal(db: Db, values: RecusalValues, now: Date | string): number {
  return db
    .insert(inspectorRecusals)
    .values({ ...values, ...insertStamps(now) })
    .returning({ id: inspectorRecusals.id })
    .get().id;
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
