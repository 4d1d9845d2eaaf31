import type { ReadableDb } from '../../../db/client';
import { drawnItemsLookup, drawnListOf, lockedDraw } from '../draws';
import { itemRefsOf } from '../items';

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
  const drawn = drawnListOf(db, draw.id);
  const items = itemRefsOf(
    db,
    drawn.flatMap((d) => d.itemIds),
  );
  return drawn.flatMap((d) =>
    d.itemIds.map((itemId) => ({
      subjectId: d.subjectId,
      itemId,
      departmentId: items.get(itemId)?.departmentId ?? 0,
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
  private readonly itemsBySubject = new Map<number, number[] | null>();
  private readonly departmentByItem = new Map<number, number>();
  private readonly drawnItems: (subjectId: number) => number[] | null;

  constructor(
    private readonly db: ReadableDb,
    taskId: number,
  ) {
    const draw = lockedDraw(db, taskId);
    this.locked = draw !== undefined;
    // Prepared once by the draws area: thousands of entries ask it in a row.
    this.drawnItems = drawnItemsLookup(db, draw?.id ?? 0);
  }

  /** The items the draw gave the subject, or null when the subject was not drawn. */
  itemsOf(subjectId: number): number[] | null {
    if (!this.itemsBySubject.has(subjectId)) {
      this.itemsBySubject.set(subjectId, this.drawnItems(subjectId));
    }
    return this.itemsBySubject.get(subjectId) ?? null;
  }

  /** The item's department: whose result it is. */
  departmentOf(itemId: number): number {
    let departmentId = this.departmentByItem.get(itemId);
    if (departmentId === undefined) {
      departmentId = itemRefsOf(this.db, [itemId]).get(itemId)?.departmentId ?? 0;
      this.departmentByItem.set(itemId, departmentId);
    }
    return departmentId;
  }
}
