import { isNull, type SQL } from 'drizzle-orm';
import { tasks } from '../../../db/schema';
import { AppError } from '../errors';
import type { TaskRow } from './store';

/**
 * A task is live until it is cancelled (作废). A cancelled task stays on record — its draw, teams and codes as they
 * were — but nothing more happens in it: it is not drawn, matched or entered, and the readers that count tasks or
 * drawn subjects (the frequency caps, 待办, the monthly report, statistics) leave it out. This is the one home of the
 * rule: `isLiveTask` for a row in hand, `liveTaskWhere` for a drizzle query, `LIVE_TASK_SQL` for raw SQL naming the
 * table `t`.
 */
export const isLiveTask = (task: Pick<TaskRow, 'cancelledAt'>): boolean => task.cancelledAt === null;

export const liveTaskWhere = (): SQL => isNull(tasks.cancelledAt);

export const LIVE_TASK_SQL = 't.cancelled_at IS NULL';

/** Refuses any step of a cancelled task, naming it and what to do instead. */
export function assertLiveTask(task: Pick<TaskRow, 'id' | 'name' | 'cancelledAt'>): void {
  if (!isLiveTask(task))
    throw new AppError(
      'CONFLICT',
      `任务“${task.name}”（编号 ${task.id}）已作废，不能再抽取、匹配或录入结果；请在替代它的新任务中办理。`,
    );
}
