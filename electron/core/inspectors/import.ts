import { eq, sql } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { inspectors } from '../../../db/schema';
import type { Actor } from '../context';
import { AppError } from '../errors';
import { assertNoForeignRows, refuseForeignRows, type RowOwnership } from '../import-ownership';
import { readImportRows, type RowError } from '../excel';
import { departmentLookup } from '../subjects';
import { INSPECTOR_COLUMNS, INSPECTOR_LABELS, normalizeInspectorRow, type InspectorSheetRow } from './fields';
import { diffInspector, recordInspectorChange } from './history';
import { columnsOf, recordOf } from './store';
import { updateStamp } from '../row-stamps';
import { insertInspector, insertRecusal, openRegionRecusal } from './writes';

export interface StagedInspectors {
  sheet: string;
  headerRow: number;
  total: number;
  invalid: number;
  errors: RowError[];
  records: { row: number; record: InspectorSheetRow }[];
}

export interface InspectorCounts {
  total: number;
  fresh: number;
  changed: number;
  unchanged: number;
  invalid: number;
}

export async function stageInspectorImport(db: ReadableDb, path: string): Promise<StagedInspectors> {
  const departments = departmentLookup(db);
  return readImportRows(path, {
    what: '执法人员',
    columns: INSPECTOR_COLUMNS,
    labels: INSPECTOR_LABELS,
    normalize: (raw) => normalizeInspectorRow(raw, departments),
    key: (record) => record.certNo,
    keyLabel: '执法证号',
  });
}

/** A department administrator's import adds and updates only the own department's officers (ownership.ts). */
function inspectorOwnership(db: ReadableDb): RowOwnership<InspectorSheetRow> {
  const byCert = db
    .select({ departmentId: inspectors.departmentId })
    .from(inspectors)
    .where(eq(inspectors.certNo, sql.placeholder('certNo')))
    .prepare();
  return {
    owned: { noun: '执法人员', may: '导入本部门的执法人员' },
    column: INSPECTOR_LABELS.departmentId,
    departmentsOf: (record) => {
      const existing = record.certNo ? byCert.get({ certNo: record.certNo }) : undefined;
      return existing ? [existing.departmentId, record.departmentId] : [record.departmentId];
    },
  };
}

/** The preview: rows of other departments become row errors. */
export const ownInspectorRows = (db: ReadableDb, actor: Actor, staged: StagedInspectors): StagedInspectors =>
  refuseForeignRows(db, actor, staged, inspectorOwnership(db));

/** The commit: any such row left refuses the import. */
export const assertOwnInspectorRows = (db: Db, actor: Actor, staged: StagedInspectors): void =>
  assertNoForeignRows(db, actor, staged, inspectorOwnership(db));

/**
 * Upserts by 执法证号 (people without one are always added). `write` is the handle to write with, given only by the
 * commit; without it (null) the preview, a read, only counts. In strict mode an invalid row stops everything.
 */
export function applyInspectorImport(
  db: ReadableDb,
  staged: StagedInspectors,
  opts: { write: Db | null; strict: boolean; at: string; actorName: string },
): InspectorCounts {
  if (opts.write && opts.strict && staged.invalid > 0) {
    throw new AppError(
      'CONFLICT',
      `有 ${staged.invalid} 行数据有误，按“全部正确才导入”的要求，没有导入任何数据。请修改后重新导入。`,
    );
  }
  const byCert = db
    .select()
    .from(inspectors)
    .where(eq(inspectors.certNo, sql.placeholder('certNo')))
    .prepare();
  const counts: InspectorCounts = { total: staged.total, fresh: 0, changed: 0, unchanged: 0, invalid: staged.invalid };
  for (const { record: row } of staged.records) {
    const { recusalRegions, ...record } = row;
    const existing = record.certNo ? byCert.get({ certNo: record.certNo }) : undefined;
    if (!existing) {
      counts.fresh += 1;
      if (opts.write) {
        const id = insertInspector(opts.write, record, { at: opts.at, actorName: opts.actorName, source: 'import' });
        addRecusals(opts.write, id, recusalRegions, opts.at);
      }
      continue;
    }
    const changes = diffInspector(recordOf(existing), record);
    // A listed region the officer has no open recusal for is added (listed regions are never ended by the sheet).
    const freshRegions = recusalRegions.filter((r) => !openRegionRecusal(db, existing.id, r));
    if (opts.write) addRecusals(opts.write, existing.id, freshRegions, opts.at);
    if (changes.length === 0 && freshRegions.length === 0) {
      counts.unchanged += 1;
    } else {
      counts.changed += 1;
      if (opts.write && changes.length > 0) {
        recordInspectorChange(opts.write, existing.id, changes, {
          at: opts.at,
          actorName: opts.actorName,
          source: 'import',
        });
        opts.write
          .update(inspectors)
          .set({ ...columnsOf(record), ...updateStamp(opts.at) })
          .where(eq(inspectors.id, existing.id))
          .run();
      }
    }
  }
  return counts;
}

/** The sheet's 回避区域 as region recusals of the officer, with the reason saying where they came from. */
function addRecusals(db: Db, inspectorId: number, regions: InspectorSheetRow['recusalRegions'], at: string): void {
  for (const region of regions)
    insertRecusal(
      db,
      {
        inspectorId,
        kind: 'region',
        subjectId: null,
        ...region,
        relation: '所在区域回避',
        reason: '执法人员名录导入：回避区域',
      },
      at,
    );
}
