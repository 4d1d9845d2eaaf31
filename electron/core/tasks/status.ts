import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { tasks } from '../../../db/schema';
import { updateStamp } from '../row-stamps';

/** A task whose drawn list is locked: the tasks area writes its own table; the draw ceremony calls this. */
export function markTaskLocked(db: Db, taskId: number, now: Date): void {
  db.update(tasks)
    .set({ status: 'locked', ...updateStamp(now) })
    .where(eq(tasks.id, taskId))
    .run();
}
