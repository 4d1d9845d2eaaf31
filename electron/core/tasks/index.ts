// The tasks area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/tasks/ is internal to it (lint: area-boundaries).
export { assertMayRun } from './service';
export {
  countTasksOfYear,
  findTask,
  getTask,
  tasksByIds,
  taskDepartmentIdsOf,
  taskViewOf,
  type TaskRow,
} from './store';
export { markTaskLocked } from './status';
export { assertLiveTask, isLiveTask, liveTaskWhere, LIVE_TASK_SQL } from './live';
export { replacedOf, tasksOfOrigin, type Replaced, type TaskOrigin } from './replacement';
