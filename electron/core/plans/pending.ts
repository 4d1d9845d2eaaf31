import { and, asc, inArray, isNull } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { planAdjustments } from '../../../db/schema';
import { taskChanges } from './changes';
import type { PendingChange, PlanTaskView } from './schemas';

/**
 * A published plan's adjustments take effect when they are published. Until then a planned task is in force as it
 * was before its first unpublished adjustment (or not at all, when the adjustment added it); its row already holds
 * the adjusted values, which are shown as 待发布 beside what is in force. Null when nothing is pending.
 */
export function pendingChanges(db: ReadableDb, views: PlanTaskView[]): Map<number, PendingChange> {
  const byTask = new Map<number, PendingChange>();
  if (views.length === 0) return byTask;
  const current = new Map(views.map((v) => [v.id, v]));
  const rows = db
    .select()
    .from(planAdjustments)
    .where(
      and(
        isNull(planAdjustments.version),
        inArray(
          planAdjustments.planTaskId,
          views.map((v) => v.id),
        ),
      ),
    )
    .orderBy(asc(planAdjustments.id))
    .all();
  for (const row of rows) {
    const now = current.get(row.planTaskId);
    if (!now) continue;
    const earlier = byTask.get(row.planTaskId);
    if (earlier) {
      byTask.set(row.planTaskId, { ...earlier, filedOn: row.filedOn });
      continue;
    }
    const inForce = row.before;
    byTask.set(row.planTaskId, {
      kind: inForce === null ? 'add' : now.status === 'cancelled' ? 'cancel' : 'modify',
      filedOn: row.filedOn,
      inForce,
      changes: taskChanges(inForce, now),
    });
  }
  return byTask;
}
