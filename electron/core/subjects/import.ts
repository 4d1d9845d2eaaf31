import { eq, sql } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { subjects } from '../../../db/schema';
import { AppError } from '../errors';
import { readImportRows, type RowError, RowWorker, workerScript } from '../excel';
import { departmentLookup } from './departments-lookup';
import type { SubjectColumn } from './columns';
import { subjectSheet, type SubjectSheetConfig } from './sheet';
import { withFtsPaused } from './fts';
import type { SubjectRecord } from './record';
import {
  diffRecords,
  recordOfValues,
  rowToRecord,
  SubjectWriter,
  USCC_VALUE,
  type ChangeStamp,
  type SubjectValues,
} from './store';

export interface ImportCounts {
  total: number;
  fresh: number;
  changed: number;
  unchanged: number;
  invalid: number;
}

export type { RowError };

export interface StagedImport {
  sheet: string;
  headerRow: number;
  counts: ImportCounts;
  errors: RowError[];
  /** Valid records with their row numbers, in file order. */
  records: { row: number; record: SubjectValues }[];
  /** The classification shown in the preview, and the directory's change mark it was made at. */
  plan: Plan;
  mark: string;
}

/**
 * Reads a subject workbook end to end without writing: every row normalised or explained, and each valid row
 * classified as new, changed or unchanged against the directory (upsert by USCC).
 */
export async function stageSubjectImport(db: ReadableDb, path: string, today: string): Promise<StagedImport> {
  const departments = departmentLookup(db);
  const config: SubjectSheetConfig = { departments: [...departments], today };
  const worker = new RowWorker<SubjectColumn, SubjectValues>(
    workerScript(__dirname, 'import-worker', 'subjects-import-worker'),
    { path, config },
  );
  // Runs are classified as they are read, while the worker checks the next ones. The mark comes first: anything
  // written to the directory meanwhile moves it, and the commit then classifies afresh.
  const mark = changeMark(db);
  const classifier = new Classifier(db);
  const read = await readImportRows(path, subjectSheet(departments, today), {
    worker,
    onRecords: (records) => classifier.add(records),
  });
  const plan = classifier.plan;
  const { sheet, headerRow, total, invalid, errors, records } = read;
  const counts = { total, fresh: plan.fresh.length, changed: plan.changed.length, unchanged: plan.unchanged, invalid };
  return { sheet, headerRow, counts, errors, records, plan, mark };
}

interface Plan {
  fresh: SubjectValues[];
  changed: { id: number; record: SubjectRecord; changes: ReturnType<typeof diffRecords> }[];
  unchanged: number;
}

/**
 * A new subject takes a new id and every change to one appends to subject_changes (subjects are never deleted), so
 * the two newest ids move whenever the directory does: an unchanged mark at commit means the preview's
 * classification still holds and need not be worked out again.
 */
function changeMark(db: ReadableDb): string {
  return (
    db.$client
      .prepare<[], string>(
        `SELECT (SELECT coalesce(max(id), 0) FROM subjects) || ':' || (SELECT coalesce(max(id), 0) FROM subject_changes)`,
      )
      .pluck()
      .get() ?? ''
  );
}

/** Compares records with the directory as it is now, a run at a time; done again at commit if the directory moved. */
class Classifier {
  readonly plan: Plan = { fresh: [], changed: [], unchanged: 0 };
  // Most rows of a big import are new: one query per run asks which of its codes the directory already holds (the
  // unique index probed from SQLite itself, about six times faster than a call per row), and only those rows are read.
  private readonly known;
  private readonly byId;

  constructor(db: ReadableDb) {
    this.known = db.$client.prepare<[string], { uscc: string; id: number }>(
      'SELECT s.uscc AS uscc, s.id AS id FROM json_each(?) AS j JOIN subjects AS s ON s.uscc = j.value',
    );
    this.byId = db
      .select()
      .from(subjects)
      .where(eq(subjects.id, sql.placeholder('id')))
      .prepare();
  }

  add(records: { record: SubjectValues }[]): this {
    const codes = records.flatMap(({ record }) => (record[USCC_VALUE] ? [record[USCC_VALUE]] : []));
    const ids = new Map(this.known.all(JSON.stringify(codes)).map((k) => [k.uscc, k.id]));
    for (const { record: values } of records) {
      const id = values[USCC_VALUE] ? ids.get(values[USCC_VALUE] as string) : undefined;
      const existing = id === undefined ? undefined : this.byId.get({ id });
      if (!existing) {
        this.plan.fresh.push(values);
        continue;
      }
      const record = recordOfValues(values);
      const changes = diffRecords(rowToRecord(existing), record);
      if (changes.length === 0) this.plan.unchanged += 1;
      else this.plan.changed.push({ id: existing.id, record, changes });
    }
    return this;
  }
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
  const plan = changeMark(db) === staged.mark ? staged.plan : new Classifier(db).add(staged.records).plan;
  const writer = new SubjectWriter(db, stamp);
  withFtsPaused(db, () => writer.insertMany(plan.fresh));
  for (const { id, record, changes } of plan.changed) writer.update(id, record, changes);
  return {
    total: staged.counts.total,
    fresh: plan.fresh.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged,
    invalid: staged.counts.invalid,
  };
}
