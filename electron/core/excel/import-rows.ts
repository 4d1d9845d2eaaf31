import { AppError } from '../errors';
import { cellText } from './cells';
import type { ColumnSpec } from './header';
import { assertHeaderNotMerged, locateSheet } from './sheet-source';
import type { CellValue } from './xlsx-reader';

export interface RowError {
  row: number;
  column: string;
  message: string;
  value: string;
}

export type RowResult<K extends string, R> =
  { ok: true; record: R } | { ok: false; errors: { field: K; message: string }[] };

/** What one kind of sheet (subjects, inspectors, items) tells the shared reader. */
export interface RowImporter<K extends string, R> {
  /** Chinese name used in messages: '检查对象', '执法人员'. */
  what: string;
  columns: ColumnSpec<K>[];
  labels: Record<K, string>;
  normalize(raw: Partial<Record<K, CellValue>>): RowResult<K, R>;
  /** The identity within a file (USCC, 执法证号); a second row with the same key is an error. */
  key(record: R): string | null;
  keyLabel: string;
}

export interface ReadRows<R> {
  sheet: string;
  headerRow: number;
  total: number;
  invalid: number;
  errors: RowError[];
  records: { row: number; record: R }[];
}

/** The template's notes and example rows, which a filled-in copy may still carry. Checked on the raw cells: this
 * runs for every row of a 100,000-row import. */
function isTemplateRow(cells: CellValue[]): boolean {
  const first = cells.find((c) => c !== null && c !== undefined);
  if (typeof first === 'string' && first.trimStart().startsWith('填写说明')) return true;
  return cells.some((c) => typeof c === 'string' && EXAMPLE_MARK.test(c));
}

const EXAMPLE_MARK = /^\s*[（(]示例[)）]/;

/**
 * Reads every row below the header: normalised, or explained cell by cell in Chinese (formulas, bad values,
 * duplicates within the file). Nothing is written here; the caller decides what to commit.
 */
export async function readImportRows<K extends string, R>(
  path: string,
  importer: RowImporter<K, R>,
): Promise<ReadRows<R>> {
  const located = await locateSheet(path, importer.columns, importer.what);
  const columns = Object.entries(located.header.columns) as [K, number][];
  const errors: RowError[] = [];
  const records: { row: number; record: R }[] = [];
  const seen = new Map<string, number>();
  let total = 0;
  let invalid = 0;
  const fail = (row: number, field: K, message: string, value: CellValue | undefined): void => {
    errors.push({ row, column: importer.labels[field], message, value: cellText(value ?? null) });
  };
  try {
    for await (const chunk of located.rows) {
      for (const row of chunk) {
        if (isTemplateRow(row.cells)) continue;
        total += 1;
        const raw: Partial<Record<K, CellValue>> = {};
        for (const [key, col] of columns) raw[key] = row.cells[col] ?? null;
        const formulas =
          row.formulaColumns.length > 0 ? columns.filter(([, col]) => row.formulaColumns.includes(col)) : [];
        if (formulas.length > 0) {
          invalid += 1;
          for (const [key] of formulas)
            fail(row.row, key, '该单元格是公式。请复制该列后“选择性粘贴→数值”，再导入。', raw[key]);
          continue;
        }
        const result = importer.normalize(raw);
        if (!result.ok) {
          invalid += 1;
          for (const e of result.errors) fail(row.row, e.field, e.message, raw[e.field]);
          continue;
        }
        const key = importer.key(result.record);
        const earlier = key === null ? undefined : seen.get(key);
        if (key !== null && earlier !== undefined) {
          invalid += 1;
          errors.push({
            row: row.row,
            column: importer.keyLabel,
            message: `与第 ${earlier} 行的${importer.keyLabel}重复，请删除重复行。`,
            value: key,
          });
          continue;
        }
        if (key !== null) seen.set(key, row.row);
        records.push({ row: row.row, record: result.record });
      }
    }
    assertHeaderNotMerged(located.merges, located.header.row);
  } finally {
    located.close();
  }
  if (total === 0) throw new AppError('INVALID_INPUT', '表头下面没有数据行，请填写后再导入。');
  return { sheet: located.sheet.name, headerRow: located.header.row, total, invalid, errors, records };
}
