// The audit area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/audit/ is internal to it (lint: area-boundaries).
export { recordAnchor } from './anchors';
export { appendAudit, headHash } from './chain';
export { okEntriesOf } from './entries';
export { digestBacklogStep } from './row-backlog';
export { installRowTracking, withInsertTrackingPaused } from './rows';
export { ANCHOR_KEY } from './signing';
export { repairAppendOnlyTriggers } from './triggers';
export { type VerifyOptions } from './verify';
