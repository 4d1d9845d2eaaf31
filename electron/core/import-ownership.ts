import type { Db } from '../../db/client';
import type { Actor } from './context';
import type { ReadRows, RowError } from './excel/import-rows';
import { departmentName, departmentRefusal, type Owned } from './ownership';

export interface RowOwnership<R> {
  owned: Owned;
  /** The column the refusal is reported in (the sheet's department column). */
  column: string;
  /** Every department a row would write to: the one it names, and the one of the record it would update. */
  departmentsOf(record: R): number[];
}

/**
 * An import is held to the same 本部门 rule as a form: a row that names another department, or would update another
 * department's record (by its 执法证号 or 事项编码), becomes a row error naming the department. Run at the preview and
 * again at the commit, so the rows are judged against the committing account and the records as they are then.
 */
export function refuseForeignRows<R, S extends ReadRows<R>>(db: Db, actor: Actor, staged: S, rule: RowOwnership<R>): S {
  if (actor.role === 'admin' || actor.role === 'lead') return staged;
  const kept: S['records'] = [];
  const refused: RowError[] = [];
  for (const entry of staged.records) {
    const foreign = rule
      .departmentsOf(entry.record)
      .map((id) => ({ id, refusal: departmentRefusal(db, actor, id, rule.owned) }))
      .find((d) => d.refusal !== null);
    if (!foreign?.refusal) kept.push(entry);
    else
      refused.push({
        row: entry.row,
        column: rule.column,
        message: foreign.refusal,
        value: departmentName(db, foreign.id),
      });
  }
  if (refused.length === 0) return staged;
  const errors = [...staged.errors, ...refused].sort((a, b) => a.row - b.row);
  return { ...staged, records: kept, errors, invalid: staged.invalid + refused.length };
}
