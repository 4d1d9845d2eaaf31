import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { checkItems, drawSubjects } from '../../../db/schema';
import { lockedDraw } from '../draws';

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
export function slotsOf(db: ReadableDb, taskId: number): Slot[] {
  const draw = lockedDraw(db, taskId);
  if (!draw) return [];
  const drawn = db
    .select({ seq: drawSubjects.seq, subjectId: drawSubjects.subjectId, itemIds: drawSubjects.itemIds })
    .from(drawSubjects)
    .where(eq(drawSubjects.drawId, draw.id))
    .orderBy(asc(drawSubjects.seq))
    .all();
  const itemIds = [...new Set(drawn.flatMap((d) => d.itemIds))];
  const departmentOf = new Map(
    db
      .select({ id: checkItems.id, departmentId: checkItems.departmentId })
      .from(checkItems)
      .where(inArray(checkItems.id, itemIds))
      .all()
      .map((i) => [i.id, i.departmentId]),
  );
  return drawn.flatMap((d) =>
    d.itemIds.map((itemId) => ({
      subjectId: d.subjectId,
      itemId,
      departmentId: departmentOf.get(itemId) ?? 0,
      seq: d.seq,
    })),
  );
}

export const slotKey = (subjectId: number, itemId: number): string => `${subjectId}:${itemId}`;

/**
 * The same question for one entry at a time: is this item at this subject part of the task's final list? Looked
 * up per subject as entries arrive, so entering one result does not read a 5,000-subject list.
 */
export class TaskSlots {
  readonly locked: boolean;
  private readonly drawId: number;
  private readonly itemsBySubject = new Map<number, number[] | null>();
  private readonly departmentByItem = new Map<number, number>();
  private readonly drawnItems;
  private readonly itemDepartment;

  constructor(db: ReadableDb, taskId: number) {
    const draw = lockedDraw(db, taskId);
    this.locked = draw !== undefined;
    this.drawId = draw?.id ?? 0;
    // Prepared once: thousands of entries ask these in a row.
    this.drawnItems = db
      .select({ itemIds: drawSubjects.itemIds })
      .from(drawSubjects)
      .where(
        and(
          eq(drawSubjects.drawId, sql.placeholder('drawId')),
          eq(drawSubjects.subjectId, sql.placeholder('subjectId')),
        ),
      )
      .prepare();
    this.itemDepartment = db
      .select({ departmentId: checkItems.departmentId })
      .from(checkItems)
      .where(eq(checkItems.id, sql.placeholder('id')))
      .prepare();
  }

  /** The items the draw gave the subject, or null when the subject was not drawn. */
  itemsOf(subjectId: number): number[] | null {
    if (!this.itemsBySubject.has(subjectId)) {
      const row = this.drawnItems.get({ drawId: this.drawId, subjectId });
      this.itemsBySubject.set(subjectId, row ? row.itemIds : null);
    }
    return this.itemsBySubject.get(subjectId) ?? null;
  }

  /** The item's department: whose result it is. */
  departmentOf(itemId: number): number {
    let departmentId = this.departmentByItem.get(itemId);
    if (departmentId === undefined) {
      departmentId = this.itemDepartment.get({ id: itemId })?.departmentId ?? 0;
      this.departmentByItem.set(itemId, departmentId);
    }
    return departmentId;
  }
}
