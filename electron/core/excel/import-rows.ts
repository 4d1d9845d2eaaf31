import { AppError } from '../errors';
import { cellText } from './cells';
import type { ColumnSpec } from './header';
import type { RowWorker } from './row-worker';
import { asAppError, assertHeaderNotMerged, assertRowLimit, locateSheet } from './sheet-source';
import type { CellValue, SheetRow } from './xlsx-reader';

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

/** One run of rows checked on its own: what the file-wide pass (duplicates, counts) is then built from. */
export interface CheckedRows<R> {
  /** Rows that hold anything, template rows included (what the size limit counts). */
  rows: number;
  total: number;
  invalid: number;
  errors: RowError[];
  records: { row: number; key: string | null; record: R }[];
}

/** The column each field was found in, as the header row placed them. */
export type ColumnPlaces<K extends string> = [K, number][];

/** The template's notes and example rows, which a filled-in copy may still carry. Checked on the raw cells: this
 * runs for every row of a 100,000-row import. */
function isTemplateRow(cells: CellValue[]): boolean {
  const first = cells.find((c) => c !== null && c !== undefined);
  if (typeof first === 'string' && first.trimStart().startsWith('填写说明')) return true;
  return cells.some((c) => typeof c === 'string' && mayMarkExample(c) && EXAMPLE_MARK.test(c));
}

const EXAMPLE_MARK = /^\s*[（(]示例[)）]/;

/** A bracket or a space (what \s matches) first, as the mark needs: most cells are ruled out without the expression. */
function mayMarkExample(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0xff08 || c === 0x28 || c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0xfeff) return true;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/**
 * Normalises every row of a run, or explains it cell by cell in Chinese (formulas, bad values). Needs nothing but
 * the rows, so a worker thread can check one run while this thread checks the next.
 */
export function checkRows<K extends string, R>(
  rows: SheetRow[],
  columns: ColumnPlaces<K>,
  importer: RowImporter<K, R>,
): CheckedRows<R> {
  const checked: CheckedRows<R> = { rows: rows.length, total: 0, invalid: 0, errors: [], records: [] };
  const fail = (row: number, field: K, message: string, value: CellValue | undefined): void => {
    checked.errors.push({ row, column: importer.labels[field], message, value: cellText(value ?? null) });
  };
  for (const row of rows) {
    if (isTemplateRow(row.cells)) continue;
    checked.total += 1;
    const raw: Partial<Record<K, CellValue>> = {};
    for (const [key, col] of columns) raw[key] = row.cells[col] ?? null;
    const formulas = row.formulaColumns.length > 0 ? columns.filter(([, col]) => row.formulaColumns.includes(col)) : [];
    if (formulas.length > 0) {
      checked.invalid += 1;
      for (const [key] of formulas)
        fail(row.row, key, '该单元格是公式。请复制该列后“选择性粘贴→数值”，再导入。', raw[key]);
      continue;
    }
    const result = importer.normalize(raw);
    if (!result.ok) {
      checked.invalid += 1;
      for (const e of result.errors) fail(row.row, e.field, e.message, raw[e.field]);
      continue;
    }
    checked.records.push({ row: row.row, key: importer.key(result.record), record: result.record });
  }
  return checked;
}

/** Folds checked runs together in file order; a key already seen in an earlier row makes the later row an error. */
class FileRows<R> {
  private readonly seen = new Map<string, number>();
  rows = 0;
  total = 0;
  invalid = 0;
  readonly errors: RowError[] = [];
  readonly records: { row: number; record: R }[] = [];

  constructor(
    private readonly keyLabel: string,
    private readonly onRecords?: (records: { row: number; record: R }[]) => void,
  ) {}

  add(checked: CheckedRows<R>): void {
    const kept: { row: number; record: R }[] = [];
    this.rows += checked.rows;
    assertRowLimit(this.rows);
    this.total += checked.total;
    this.invalid += checked.invalid;
    for (const error of checked.errors) this.errors.push(error);
    for (const { row, key, record } of checked.records) {
      const earlier = key === null ? undefined : this.seen.get(key);
      if (key !== null && earlier !== undefined) {
        this.invalid += 1;
        this.errors.push({
          row,
          column: this.keyLabel,
          message: `与第 ${earlier} 行的${this.keyLabel}重复，请删除重复行。`,
          value: key,
        });
        continue;
      }
      if (key !== null) this.seen.set(key, row);
      kept.push({ row, record });
    }
    for (const record of kept) this.records.push(record);
    this.onRecords?.(kept);
  }
}

export interface ReadOptions<K extends string, R> {
  /** Checks runs of rows on a second thread too; results are folded in file order all the same. */
  worker?: RowWorker<K, R>;
  /** Given each run's valid, non-duplicate records as they are folded, in file order: the caller's own work on them
   * then overlaps the reading of the rest. */
  onRecords?: (records: { row: number; record: R }[]) => void;
}

/**
 * Reads every row below the header: normalised, or explained cell by cell in Chinese (formulas, bad values,
 * duplicates within the file). Nothing is written here; the caller decides what to commit.
 */
export async function readImportRows<K extends string, R>(
  path: string,
  importer: RowImporter<K, R>,
  { worker, onRecords }: ReadOptions<K, R> = {},
): Promise<ReadRows<R>> {
  try {
    const located = await locateSheet(path, importer.columns, importer.what);
    const columns = Object.entries(located.header.columns) as ColumnPlaces<K>;
    const file = new FileRows<R>(importer.keyLabel, onRecords);
    const here = (xml: Buffer): CheckedRows<R> =>
      checkRows(located.reader.parseRows(xml.toString('utf8')), columns, importer);
    try {
      file.add(checkRows(located.head, columns, importer));
      worker?.begin(columns);
      // Runs are numbered as read; `done` holds the ones finished out of turn until the runs before them are in.
      const done = new Map<number, CheckedRows<R>>();
      const waiting: Promise<void>[] = [];
      // A run the worker handed back as failed (a cell past Excel's grid, say) is kept here and thrown at the next
      // fold, so it ends the read at once and never goes unhandled while the file is still being read.
      let failed: { error: unknown } | null = null;
      let next = 0;
      let read = 0;
      const fold = (): void => {
        if (failed) throw failed.error;
        for (let checked = done.get(next); checked; checked = done.get(next)) {
          done.delete(next);
          next += 1;
          file.add(checked);
        }
      };
      for await (const xml of located.rest) {
        const run = read++;
        if (worker?.wantsMore()) {
          waiting.push(
            worker.check(xml, here).then(
              (checked) => void done.set(run, checked),
              (error: unknown) => void (failed ??= { error }),
            ),
          );
        } else done.set(run, here(xml));
        fold();
      }
      await Promise.all(waiting);
      fold();
      assertHeaderNotMerged(located.merges, located.header.row);
    } catch (error) {
      throw asAppError(error);
    } finally {
      located.close();
    }
    if (file.total === 0) throw new AppError('INVALID_INPUT', '表头下面没有数据行，请填写后再导入。');
    const { total, invalid, errors, records } = file;
    return { sheet: located.sheet.name, headerRow: located.header.row, total, invalid, errors, records };
  } finally {
    worker?.close();
  }
}
