import type { Db, ReadableDb } from '../../db/client';
import type { Actor } from './context';
import { AppError } from './errors';
import type { ReadRows, RowError } from './excel';
import { departmentName, departmentRefusal, type Owned } from './ownership';

export interface RowOwnership<R> {
  owned: Owned;
  /** The column the refusal is reported in (the sheet's department column). */
  column: string;
  /** Every department a row would write to: the one it names, and the one of the record it would update. */
  departmentsOf(record: R): number[];
}

function foreignRows<R>(db: ReadableDb, actor: Actor, staged: ReadRows<R>, rule: RowOwnership<R>): RowError[] {
  if (actor.role === 'admin' || actor.role === 'lead') return [];
  const refused: RowError[] = [];
  for (const { row, record } of staged.records) {
    for (const id of rule.departmentsOf(record)) {
      const message = departmentRefusal(db, actor, id, rule.owned);
      if (message === null) continue;
      refused.push({ row, column: rule.column, message, value: departmentName(db, id) });
      break;
    }
  }
  return refused;
}

/**
 * An import is held to the same 本部门 rule as a form: at the preview, a row that names another department, or would
 * update another department's record (by its 执法证号 or 事项编码), becomes a row error naming the department.
 */
export function refuseForeignRows<R, S extends ReadRows<R>>(
  db: ReadableDb,
  actor: Actor,
  staged: S,
  rule: RowOwnership<R>,
): S {
  const refused = foreignRows(db, actor, staged, rule);
  if (refused.length === 0) return staged;
  const foreign = new Set(refused.map((e) => e.row));
  const errors = [...staged.errors, ...refused].sort((a, b) => a.row - b.row);
  const records = staged.records.filter((r) => !foreign.has(r.row));
  return { ...staged, records, errors, invalid: staged.invalid + refused.length };
}

/**
 * At the commit the rows are judged again, for the committing account and the records as they are now: a row the
 * preview let through that is now another department's (someone else's preview, or a record moved since) refuses
 * the whole import — what the user chose from no longer holds.
 */
export function assertNoForeignRows<R>(db: Db, actor: Actor, staged: ReadRows<R>, rule: RowOwnership<R>): void {
  const [first, ...more] = foreignRows(db, actor, staged, rule);
  if (!first) return;
  const also = more.length > 0 ? `（另有 ${more.length} 行同样如此）` : '';
  throw new AppError(
    'FORBIDDEN',
    `第 ${first.row} 行：${first.message}${also}没有导入任何数据，请重新选择文件预览后再导入。`,
  );
}
