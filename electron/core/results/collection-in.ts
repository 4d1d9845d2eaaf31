import type { Db, ReadableDb } from '../../../db/client';
import { ITEM_METHODS } from '../../../db/schema';
import type { Actor } from '../context';
import { AppError } from '../errors';
import { cellDate, cellText, foldText, readImportRows, type RowError, type CellValue } from '../excel';
import { COLLECTION_COLUMNS, COLLECTION_LABELS, parseCollectionKey, type CollectionKey } from './collection-columns';
import { ResultWriter, type EntryField, type ResultEntry } from './entry';

/** A filled row, or a row the department left blank (not an error: it is simply not collected yet). */
type CollectedRow = { blank: true; key: string } | { blank: false; key: string; entry: Omit<ResultEntry, 'reason'> };

const METHODS: readonly string[] = ITEM_METHODS;

/** The code of a category cell: '01 未发现问题' → '01'; a bare code or a code typed by hand works too. */
const categoryCode = (text: string): string => text.trim().split(/\s+/)[0] ?? '';

/** The category cells: one choice in the first, any number in the second separated by ；(or ; , ，、). */
const categoryCodes = (first: string, others: string): string[] =>
  [first, ...others.split(/[；;,，、]/)]
    .map((t) => t.trim())
    .filter(Boolean)
    .map(categoryCode);

function normalizeRow(raw: Partial<Record<CollectionKey, CellValue>>) {
  const text = (key: CollectionKey) => cellText(raw[key] ?? null);
  const errors: { field: CollectionKey; message: string }[] = [];
  const key = parseCollectionKey(text('key'));
  if (!key) errors.push({ field: 'key', message: '采集编号无法识别：请使用本系统导出的采集表，不要改动编号列。' });
  const filled = (['category', 'category2', 'resultDate', 'method', 'description', 'problems'] as const).some(
    (k) => text(k) !== '',
  );
  if (key && !filled) return { ok: true as const, record: { blank: true as const, key: text('key') } };
  const categories = categoryCodes(text('category'), text('category2'));
  if (text('category') === '') errors.push({ field: 'category', message: '请从下拉列表选择检查结果。' });
  const resultDate = cellDate(raw.resultDate ?? null);
  if (!resultDate)
    errors.push({
      field: 'resultDate',
      message: text('resultDate')
        ? `日期“${text('resultDate')}”无法识别，请写成 2026-05-08 这样。`
        : '请填写结果形成日期。',
    });
  const method = text('method');
  if (!METHODS.includes(method))
    errors.push({ field: 'method', message: `实际检查方式应为：${ITEM_METHODS.join('、')}。` });
  for (const field of ['description', 'problems'] as const)
    if (text(field).length > 1000) errors.push({ field, message: '不能超过 1000 个字。' });
  if (errors.length > 0 || !key || !resultDate) return { ok: false as const, errors };
  return {
    ok: true as const,
    record: {
      blank: false as const,
      key: text('key'),
      entry: {
        ...key,
        categories: [...new Set(categories)],
        resultDate,
        method: method as ResultEntry['method'],
        description: text('description'),
        problems: text('problems'),
      },
    },
  };
}

const COLUMN_OF: Record<EntryField, CollectionKey> = {
  task: 'key',
  subject: 'key',
  item: 'key',
  categories: 'category',
  resultDate: 'resultDate',
  method: 'method',
  problems: 'problems',
  reason: 'key',
};

export interface StagedCollection {
  sheet: string;
  headerRow: number;
  counts: { total: number; fresh: number; changed: number; unchanged: number; invalid: number; blank: number };
  errors: RowError[];
  entries: Omit<ResultEntry, 'reason'>[];
}

/**
 * Reads a returned collection workbook and checks every filled row against its task exactly as keyboard entry
 * would (right subject and item, allowed category, date inside the period and not in the future, who may enter):
 * the preview's counts, and the entries a commit writes. Nothing is written here.
 */
export async function stageCollection(
  db: ReadableDb,
  actor: Actor,
  now: Date,
  path: string,
): Promise<StagedCollection> {
  const read = await readImportRows(path, {
    what: '结果采集表',
    columns: COLLECTION_COLUMNS,
    labels: COLLECTION_LABELS,
    normalize: normalizeRow,
    key: (record: CollectedRow) => record.key,
    keyLabel: '采集编号',
  });
  // The preview uses the writer's own checks so that it counts exactly what a commit would write; it calls only
  // `existing`, `check` and `outcomeOf`, which read. The writer's type asks for a writable handle because it
  // prepares its INSERT when built: until its checks are split from its writes, this is the one place a read's
  // handle is widened (issue 15 point 6).
  const writer = new ResultWriter(db as Db, actor, now);
  const counts = { total: read.total, fresh: 0, changed: 0, unchanged: 0, invalid: read.invalid, blank: 0 };
  const errors = [...read.errors];
  const entries: Omit<ResultEntry, 'reason'>[] = [];
  for (const { row, record } of read.records) {
    if (record.blank) {
      counts.blank += 1;
      continue;
    }
    const existing = writer.existing(record.entry);
    // A cell's text comes back folded (line breaks and runs of spaces made one space): text that folds to what the
    // workbook holds is the same text, kept as it was entered.
    if (existing) {
      if (foldText(existing.description) === record.entry.description) record.entry.description = existing.description;
      if (foldText(existing.problems) === record.entry.problems) record.entry.problems = existing.problems;
    }
    // A changed row is a correction: the commit supplies its reason, so the preview does not count that as a fault.
    const problems = writer.check({ ...record.entry, reason: '采集表更正' }, existing);
    if (problems.length > 0) {
      counts.invalid += 1;
      for (const p of problems)
        errors.push({ row, column: COLLECTION_LABELS[COLUMN_OF[p.field]], message: p.message, value: record.key });
      continue;
    }
    counts[writer.outcomeOf({ ...record.entry, reason: undefined }, existing)] += 1;
    entries.push(record.entry);
  }
  errors.sort((a, b) => a.row - b.row);
  return { sheet: read.sheet, headerRow: read.headerRow, counts, errors, entries };
}

/** Writes a staged collection inside the caller's transaction: all valid rows, or in strict mode nothing if any is wrong. */
export function commitCollection(
  db: Db,
  actor: Actor,
  now: Date,
  staged: StagedCollection,
  mode: 'valid' | 'strict',
  reason: string | undefined,
) {
  if (mode === 'strict' && staged.counts.invalid > 0)
    throw new AppError(
      'CONFLICT',
      `有 ${staged.counts.invalid} 行有误，按“全部正确才导入”的要求，没有导入任何结果。请修改后重新导入，或选择只导入正确的行。`,
    );
  if (staged.counts.changed > 0 && (reason ?? '').length < 2)
    throw new AppError('INVALID_INPUT', `有 ${staged.counts.changed} 条已录入的结果将被更正，请写明更正原因。`);
  const writer = new ResultWriter(db, actor, now);
  const counts = { fresh: 0, changed: 0, unchanged: 0 };
  for (const entry of staged.entries) counts[writer.save({ ...entry, reason }).outcome] += 1;
  return { ...staged.counts, ...counts };
}
