// The plans area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/plans/ is internal to it (lint: area-boundaries).
export {
  describeRatios,
  penalizedApart,
  ratioOrderBreaks,
  readRatios,
  storeRatios,
  stratumBasisPoints,
  targetFlagsApart,
  type StoredRatios,
} from './ratios';
export { checkTaskItems } from './rules';
export { describeScope } from './scope-text';
export { lateAdjustments, type LateAdjustment } from './adjustment-rules';
export {
  adjustmentsOf,
  countPublishedPlans,
  getPlan,
  getPlanTask,
  nameBook,
  planTaskViewOf,
  planViewOf,
  taskBasicsOf,
  tasksOfPlan,
} from './store';
