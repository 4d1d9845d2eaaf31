// The follow-ups area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/followups/ is internal to it (lint: area-boundaries).
export { followUpById, followUpsOfTask } from './service';
