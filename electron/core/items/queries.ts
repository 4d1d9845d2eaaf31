import { asc, eq, inArray, min } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { checkItems, checkItemVersions } from '../../../db/schema';

/** How other areas read items' fixed parts (the items area owns `check_items` and `check_item_versions`). */

export interface ItemRef {
  code: string;
  departmentId: number;
}

/** Each item's code and department, by id, for a list of ids (one statement; unknown ids are simply absent). */
export function itemRefsOf(db: ReadableDb, ids: readonly number[]): Map<number, ItemRef> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map(
    db
      .select({ id: checkItems.id, code: checkItems.code, departmentId: checkItems.departmentId })
      .from(checkItems)
      .where(inArray(checkItems.id, unique))
      .all()
      .map((i) => [i.id, { code: i.code, departmentId: i.departmentId }]),
  );
}

/** The first-listed (lowest id) item of a department, or undefined when it lists none. */
export const firstItemOfDepartment = (db: ReadableDb, departmentId: number): number | undefined =>
  db
    .select({ id: checkItems.id })
    .from(checkItems)
    .where(eq(checkItems.departmentId, departmentId))
    .orderBy(asc(checkItems.id))
    .get()?.id;

/** The day each item's first version takes effect, by item id. */
export const firstEffectiveDates = (db: ReadableDb): Map<number, string> =>
  new Map(
    db
      .select({ itemId: checkItemVersions.itemId, first: min(checkItemVersions.effectiveFrom) })
      .from(checkItemVersions)
      .groupBy(checkItemVersions.itemId)
      .all()
      .map((r) => [r.itemId, r.first ?? '']),
  );
