import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { experts, inspectors } from '../../../db/schema';

/**
 * How other areas read officers and experts (the inspectors area owns their tables): one by id, many by id in one
 * statement, all of them, and the count the set-up checklist shows.
 */

export type InspectorRow = typeof inspectors.$inferSelect;
export type ExpertRow = typeof experts.$inferSelect;

/** One officer as stored, or undefined. */
export const findInspector = (db: ReadableDb, id: number): InspectorRow | undefined =>
  db.select().from(inspectors).where(eq(inspectors.id, id)).get();

/** Officers as stored, by id, for a list of ids (one statement; unknown ids are simply absent). */
export function inspectorsByIds(db: ReadableDb, ids: readonly number[]): Map<number, InspectorRow> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(inspectors)
      .where(inArray(inspectors.id, unique))
      .all()
      .map((r) => [r.id, r]),
  );
}

/** Experts as stored, by id, for a list of ids (one statement; unknown ids are simply absent). */
export function expertsByIds(db: ReadableDb, ids: readonly number[]): Map<number, ExpertRow> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(experts)
      .where(inArray(experts.id, unique))
      .all()
      .map((r) => [r.id, r]),
  );
}

/** Every officer as stored, in id order. */
export const allInspectors = (db: ReadableDb): InspectorRow[] =>
  db.select().from(inspectors).orderBy(inspectors.id).all();

/** How many officers are active (在岗), in one department or (null) in all. */
export const countActiveInspectors = (db: ReadableDb, departmentId: number | null): number =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(inspectors)
    .where(
      and(eq(inspectors.active, true), departmentId === null ? undefined : eq(inspectors.departmentId, departmentId)),
    )
    .get()?.n ?? 0;
