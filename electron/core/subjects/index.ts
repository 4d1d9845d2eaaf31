// The subjects area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/subjects/ is internal to it (lint: area-boundaries).
export { departmentCodes, departmentLookup } from './departments-lookup';
export { SUBJECT_TEMPLATE } from './excel-out';
export { mergeSearchIndex, tidySearchIndex, withFtsPaused } from './fts';
export { type DepartmentLookup } from './normalize';
export {
  hasSubjects,
  sampleSubjectIds,
  subjectById,
  subjectByUscc,
  subjectIdsMatching,
  subjectNames,
  subjectsByIds,
  subjectTagCounts,
  type SubjectRow,
} from './lookups';
export { countSubjects, subjectWhere } from './queries';
export { type SubjectRecord } from './record';
export { LIST_SEPARATOR, SubjectWriter, diffRecords, rowToRecord } from './store';
export { USCC_CHARSET, checkUscc, orgCodeCheckChar, usccCheckChar } from './uscc';
export * from './region-code.shared';
