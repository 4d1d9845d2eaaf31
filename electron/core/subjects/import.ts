import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { subjects } from '../../../db/schema';
import { AppError } from '../errors';
import { cellText } from '../excel/cells';
import { assertHeaderNotMerged, locateSheet } from '../excel/sheet-source';
import type { CellValue } from '../excel/xlsx-reader';
import { SUBJECT_COLUMNS, type SubjectColumn } from './columns';
import { departmentLookup } from './departments-lookup';
import { normalizeSubject } from './normalize';
import { FIELD_LABELS, type SubjectRecord } from './record';
import { diffRecords, rowToRecord, SubjectWriter, type ChangeStamp } from './store';

export interface RowError {
  row: number;
  column: string;
  message: string;
  value: string;
}

export interface ImportCounts {
  total: number;
  fresh: number;
  changed: number;
  unchanged: number;
  invalid: number;
}

export interface StagedImport {
  sheet: string;
  headerRow: number;
  counts: ImportCounts;
  errors: RowError[];
  /** Valid records with their row numbers, in file order. */
  records: { row: number; record: SubjectRecord }[];
}

/** The template's notes and example rows, which a filled-in copy may still carry. */
function isTemplateRow(raw: Partial<Record<SubjectColumn, CellValue>>): boolean {
  const first = cellText(raw.uscc ?? null);
  const name = cellText(raw.name ?? null);
  return first.startsWith('填写说明') || /^[（(]示例[)）]/.test(name);
}

/**
 * Reads a subject workbook end to end without writing: every row normalised or explained, and each valid row
 * classified as new, changed or unchanged against the directory (upsert by USCC). Duplicates within the file are
 * errors on the later row.
 */
export async function stageSubjectImport(db: Db, path: string): Promise<StagedImport> {
  const located = await locateSheet(path, SUBJECT_COLUMNS, '检查对象');
  const departments = departmentLookup(db);
  const columns = Object.entries(located.header.columns) as [SubjectColumn, number][];
  const errors: RowError[] = [];
  const records: { row: number; record: SubjectRecord }[] = [];
  const seen = new Map<string, number>();
  let total = 0;
  let invalid = 0;
  try {
    for await (const row of located.rows) {
      const raw: Partial<Record<SubjectColumn, CellValue>> = {};
      for (const [key, col] of columns) raw[key] = row.cells[col] ?? null;
      if (isTemplateRow(raw)) continue;
      total += 1;
      const formulas = columns.filter(([, col]) => row.formulaColumns.includes(col));
      if (formulas.length > 0) {
        invalid += 1;
        for (const [key, col] of formulas) {
          errors.push({
            row: row.row,
            column: FIELD_LABELS[key],
            message: '该单元格是公式。请复制该列后“选择性粘贴→数值”，再导入。',
            value: cellText(row.cells[col] ?? null),
          });
        }
        continue;
      }
      const result = normalizeSubject(raw, departments);
      if (!result.ok) {
        invalid += 1;
        for (const e of result.errors) {
          errors.push({
            row: row.row,
            column: FIELD_LABELS[e.field],
            message: e.message,
            value: cellText(raw[e.field] ?? null),
          });
        }
        continue;
      }
      const uscc = result.record.uscc;
      const earlier = uscc ? seen.get(uscc) : undefined;
      if (uscc && earlier !== undefined) {
        invalid += 1;
        errors.push({
          row: row.row,
          column: FIELD_LABELS.uscc,
          message: `与第 ${earlier} 行的统一社会信用代码重复，请删除重复行。`,
          value: uscc,
        });
        continue;
      }
      if (uscc) seen.set(uscc, row.row);
      records.push({ row: row.row, record: result.record });
    }
    assertHeaderNotMerged(located.merges, located.header.row);
  } finally {
    located.close();
  }
  if (total === 0) throw new AppError('INVALID_INPUT', '表头下面没有数据行，请填写后再导入。');
  const plan = classify(db, records);
  return {
    sheet: located.sheet.name,
    headerRow: located.header.row,
    counts: { total, fresh: plan.fresh.length, changed: plan.changed.length, unchanged: plan.unchanged, invalid },
    errors,
    records,
  };
}

interface Plan {
  fresh: SubjectRecord[];
  changed: { id: number; record: SubjectRecord; changes: ReturnType<typeof diffRecords> }[];
  unchanged: number;
}

/** Compares each record with the directory as it is now; run again at commit so a preview never goes stale. */
function classify(db: Db, records: { record: SubjectRecord }[]): Plan {
  const byUscc = db
    .select()
    .from(subjects)
    .where(eq(subjects.uscc, sql.placeholder('uscc')))
    .prepare();
  const plan: Plan = { fresh: [], changed: [], unchanged: 0 };
  for (const { record } of records) {
    const existing = record.uscc ? byUscc.get({ uscc: record.uscc }) : undefined;
    if (!existing) {
      plan.fresh.push(record);
      continue;
    }
    const changes = diffRecords(rowToRecord(existing), record);
    if (changes.length === 0) plan.unchanged += 1;
    else plan.changed.push({ id: existing.id, record, changes });
  }
  return plan;
}

export type CommitMode = 'valid' | 'strict';

/** Writes a staged import inside the caller's transaction: all of it, or — in strict mode with errors — nothing. */
export function commitSubjectImport(db: Db, staged: StagedImport, mode: CommitMode, stamp: ChangeStamp): ImportCounts {
  if (mode === 'strict' && staged.counts.invalid > 0) {
    throw new AppError(
      'CONFLICT',
      `有 ${staged.counts.invalid} 行数据有误，按“全部正确才导入”的要求，没有导入任何数据。请修改后重新导入。`,
    );
  }
  const plan = classify(db, staged.records);
  const writer = new SubjectWriter(db, stamp);
  for (const record of plan.fresh) writer.insert(record);
  for (const { id, record, changes } of plan.changed) writer.update(id, record, changes);
  return {
    total: staged.counts.total,
    fresh: plan.fresh.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged,
    invalid: staged.counts.invalid,
  };
}
