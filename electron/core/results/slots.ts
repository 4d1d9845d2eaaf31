import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { checkItems, drawSubjects } from '../../../db/schema';
import { lockedDraw } from '../draws/match';
import { ids } from '../plans/store';

/** One result to be entered: an item at a drawn subject of a locked task. */
export interface Slot {
  subjectId: number;
  itemId: number;
  departmentId: number;
  seq: number;
}

/**
 * The results a task expects: every item the draw gave each subject, in visiting order. Empty until the draw is
 * locked — results belong to a final list only.
 */
export function slotsOf(db: Db, taskId: number): Slot[] {
  const draw = lockedDraw(db, taskId);
  if (!draw) return [];
  const drawn = db
    .select({ seq: drawSubjects.seq, subjectId: drawSubjects.subjectId, itemIds: drawSubjects.itemIds })
    .from(drawSubjects)
    .where(eq(drawSubjects.drawId, draw.id))
    .orderBy(asc(drawSubjects.seq))
    .all();
  const itemIds = [...new Set(drawn.flatMap((d) => ids(d.itemIds)))];
  const departmentOf = new Map(
    db
      .select({ id: checkItems.id, departmentId: checkItems.departmentId })
      .from(checkItems)
      .where(inArray(checkItems.id, itemIds))
      .all()
      .map((i) => [i.id, i.departmentId]),
  );
  return drawn.flatMap((d) =>
    ids(d.itemIds).map((itemId) => ({
      subjectId: d.subjectId,
      itemId,
      departmentId: departmentOf.get(itemId) ?? 0,
      seq: d.seq,
    })),
  );
}

export const slotKey = (subjectId: number, itemId: number): string => `${subjectId}:${itemId}`;

export const slotMap = (slots: Slot[]): Map<string, Slot> =>
  new Map(slots.map((s) => [slotKey(s.subjectId, s.itemId), s]));
