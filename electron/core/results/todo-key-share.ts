import type { ReadableDb } from '../../../db/client';
import { keyShareOf, keyShareWarning } from '../items';
import type { TodoScope } from './todo';

/**
 * 待办 entry for 严格控制重点检查事项数量 (issue 16 point 9): the departments whose list, as in force today, holds more
 * key items than the office's maximum share. The rule is the items area's (keyShareOf); this only narrows it to the
 * caller — a department sees its own, the county office every department, an inspector none (officers do not keep
 * the item list).
 */
export function keySharesOver(db: ReadableDb, today: string, scope: TodoScope) {
  if (scope.inspectorId !== undefined) return [];
  const { maxPercent, over } = keyShareOf(db, today);
  return over
    .filter((d) => scope.departmentId === undefined || d.departmentId === scope.departmentId)
    .map((d) => ({ ...d, maxPercent, message: keyShareWarning(d, maxPercent) }));
}
