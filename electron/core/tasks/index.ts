// The tasks area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/tasks/ is internal to it (lint: area-boundaries).
export { assertMayRun } from './service';
export { getTask, latestDraw, taskDepartmentIdsOf, taskViewOf, type TaskRow } from './store';
export { markTaskLocked } from './status';
export { assertLiveTask, isLiveTask, liveTaskWhere, LIVE_TASK_SQL } from './live';
export { replacedOf, type Replaced } from './replacement';
