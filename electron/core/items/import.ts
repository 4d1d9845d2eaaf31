import { eq } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { checkItems } from '../../../db/schema';
import type { Actor } from '../context';
import { AppError } from '../errors';
import { assertNoForeignRows, refuseForeignRows, type RowOwnership } from '../import-ownership';
import { readImportRows, type ReadRows } from '../excel';
import { departmentLookup } from '../subjects';
import { ITEM_COLUMNS, ITEM_LABELS, normalizeItem, type ItemRecord } from './fields';
import { addVersion, createItem, recordOfLatest } from './store';

export type StagedItems = ReadRows<ItemRecord> & { effectiveFrom: string };

export function stageItemImport(db: ReadableDb, path: string, effectiveFrom: string): Promise<StagedItems> {
  const departments = departmentLookup(db);
  return readImportRows(path, {
    what: '抽查事项',
    columns: ITEM_COLUMNS,
    labels: ITEM_LABELS,
    normalize: (raw) => normalizeItem(raw, departments),
    key: (record) => record.code,
    keyLabel: '事项编码',
  }).then((read) => ({ ...read, effectiveFrom }));
}

/** A department administrator's import lists and revises only the own department's items (ownership.ts). */
function itemOwnership(db: ReadableDb): RowOwnership<ItemRecord> {
  return {
    owned: { noun: '抽查事项', may: '导入本部门的抽查事项' },
    column: ITEM_LABELS.departmentId,
    departmentsOf: (record) => {
      const existing = db
        .select({ departmentId: checkItems.departmentId })
        .from(checkItems)
        .where(eq(checkItems.code, record.code))
        .get();
      return existing ? [existing.departmentId, record.departmentId] : [record.departmentId];
    },
  };
}

/** The preview: rows of other departments become row errors. */
export const ownItemRows = (db: ReadableDb, actor: Actor, staged: StagedItems): StagedItems =>
  refuseForeignRows(db, actor, staged, itemOwnership(db));

/** The commit: any such row left refuses the import. */
export const assertOwnItemRows = (db: Db, actor: Actor, staged: StagedItems): void =>
  assertNoForeignRows(db, actor, staged, itemOwnership(db));

/**
 * By 事项编码: a new code creates an item; a changed one gets a new version effective from the import's date. `write`
 * is the handle to write with, given only by the commit; without it (null) the preview, a read, only counts.
 */
export function applyItemImport(
  db: ReadableDb,
  staged: StagedItems,
  opts: { write: Db | null; strict: boolean; actorName: string; now: Date },
) {
  if (opts.write && opts.strict && staged.invalid > 0) {
    throw new AppError(
      'CONFLICT',
      `有 ${staged.invalid} 行数据有误，按“全部正确才导入”的要求，没有导入任何数据。请修改后重新导入。`,
    );
  }
  const counts = { total: staged.total, fresh: 0, changed: 0, unchanged: 0, invalid: staged.invalid };
  const stamp = { effectiveFrom: staged.effectiveFrom, actorName: opts.actorName, at: opts.now };
  for (const { record } of staged.records) {
    const existing = db.select({ id: checkItems.id }).from(checkItems).where(eq(checkItems.code, record.code)).get();
    if (!existing) {
      counts.fresh += 1;
      if (opts.write) createItem(opts.write, record, { ...stamp, reason: '导入新增' });
      continue;
    }
    const { status, ...current } = recordOfLatest(db, existing.id);
    if (status === 'active' && JSON.stringify(current) === JSON.stringify(record)) {
      counts.unchanged += 1;
    } else {
      counts.changed += 1;
      if (opts.write)
        addVersion(opts.write, existing.id, { record, status: 'active' }, { ...stamp, reason: '导入更新' });
    }
  }
  return counts;
}
