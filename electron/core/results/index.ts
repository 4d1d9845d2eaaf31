/**
 * The results area's public surface: what other areas may use of results, their states and deadlines, and who may
 * act on them. The `results` table is written only here (entry.ts, publication.ts, rules.ts) and read elsewhere only
 * through these queries; the handlers are registered from service.ts, todo-service.ts and collection-service.ts.
 */
export * from './states';
export * from './conclusion';
export * from './figures';
export * from './lookups';
export { published, resultListTitle, inspectionsOfSubject, resultHistory } from './queries';
export { overdue, dueSoon, todoCounts, tasksLate, scopeOfActor, type TodoScope } from './todo';
export {
  DEFAULT_RULES,
  publishDeadlineText,
  publishDueOf,
  recomputePendingDue,
  resultRulesOf,
  resultRulesSchema,
  type ResultRules,
} from './rules';
export { deadlineMarks, entryDueOf, SOON_WORKDAYS, workdaysAhead, type DeadlineMarks } from './deadlines';
export {
  asksProblems,
  categoriesOf,
  foundProblem,
  measuresOf,
  problemCodesOf,
  resultFoundProblem,
  type CategoryRow,
} from './lists';
export { EntryAccess, UNLINKED_OFFICER } from './access';
export * from './may';
export { categoryCodesOf, resultView, resultViewOf, type ResultView } from './view';
