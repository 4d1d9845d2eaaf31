// The reports area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/reports/ is internal to it (lint: area-boundaries).
export { summaryFigures } from './summary';
export { owedReports, type OwedReport } from './submission-status';
export { reportDueOn, submissionDeadlinesOf } from './submission-rules';
