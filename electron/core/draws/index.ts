// The draws area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/draws/ is internal to it (lint: area-boundaries).
export { attemptsOf, drawProgressOf, latestDraw } from './attempts';
export { jointVisitsOf, type JointVisit } from './joint-visits';
export { drawnItemsLookup, drawnListOf, subjectsOnTeamOf, teamMembersOf } from './lookups';
export { currentMatch, lockedDraw } from './match';
export { type DrawRecord } from './object-draw';
export { drawnItemIdsOf, drawRecordOf, matchRecordOf } from './records';
export { shownDraw, taskResult } from './result';
export { type MatchRecord } from './team-match';
export { verifyExported } from './verify-record';
