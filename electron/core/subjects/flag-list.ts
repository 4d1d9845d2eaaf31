import { eq, inArray } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { subjects } from '../../../db/schema';
import { AppError } from '../errors';
import { readImportRows, type ColumnSpec, type RowImporter } from '../excel';
import { SUBJECT_COLUMNS } from './columns';
import { rowToRecord, SubjectWriter, type ChangeStamp } from './store';
import type { TargetFlag } from './target-flags.shared';
import { checkUscc } from './uscc';

/**
 * A list of subjects sent by another system — the provincial 经营异常名录, a 严重违法失信名单, the complaints found
 * true this quarter — is a column of USCCs, often with names and other columns the directory does not keep. It
 * marks one flag and leaves every other field alone: the subject import would need every column and overwrite them.
 * `add` sets the flag on the listed subjects; `replace` makes the directory match the list — listed subjects
 * flagged, every other subject's flag cleared (a list that is the full current register: who was removed from it is
 * no longer on it; subjects without a USCC are on no list, so they are cleared too).
 */
export type FlagListMode = 'add' | 'replace';

export interface FlagListCounts {
  /** Valid distinct USCCs in the file. */
  listed: number;
  /** Of them, found in the directory. */
  matched: number;
  /** Subjects whose flag was set by this list. */
  set: number;
  /** Subjects whose flag was cleared (replace only). */
  cleared: number;
  /** Rows whose USCC is not valid. */
  invalid: number;
  /** Listed USCCs not in the directory: how many, and the first ones to show. */
  notFound: number;
  notFoundSample: string[];
}

type ListColumn = 'uscc' | 'name';

const usccSpec = SUBJECT_COLUMNS.find((c) => c.key === 'uscc')!;
const LIST_COLUMNS: ColumnSpec<ListColumn>[] = [
  { ...usccSpec, key: 'uscc', required: true },
  {
    key: 'name',
    label: '名称',
    aliases: ['企业名称', '主体名称', '市场主体名称', '单位名称', '对象名称'],
    required: false,
  },
];

const listSheet: RowImporter<ListColumn, string> = {
  what: '标记名单',
  columns: LIST_COLUMNS,
  labels: { uscc: '统一社会信用代码', name: '名称' },
  normalize: (raw) => {
    const verdict = checkUscc(String(raw.uscc ?? '').trim());
    return verdict.valid
      ? { ok: true, record: verdict.code }
      : { ok: false, errors: [{ field: 'uscc', message: `统一社会信用代码无效：${verdict.reason}` }] };
  },
  key: (uscc) => uscc,
  keyLabel: '统一社会信用代码',
};

export interface StagedFlagList {
  flag: TargetFlag;
  mode: FlagListMode;
  /** Valid distinct USCCs, in file order. */
  listed: string[];
  invalid: number;
}

/** Reads the list's USCCs (the sheet whose header names a USCC column); refuses a list with none valid. */
export async function readFlagList(path: string, flag: TargetFlag, mode: FlagListMode): Promise<StagedFlagList> {
  const read = await readImportRows(path, listSheet);
  const listed = [...new Set(read.records.map((r) => r.record))];
  if (listed.length === 0)
    throw new AppError(
      'INVALID_INPUT',
      `名单中没有有效的统一社会信用代码（${read.invalid} 行无效），未作任何标记。请检查“统一社会信用代码”一列。`,
    );
  return { flag, mode, listed, invalid: read.invalid };
}

type SubjectRow = typeof subjects.$inferSelect;

/** The subjects the list sets and clears, as the directory stands now. */
function changesOf(db: ReadableDb, staged: StagedFlagList) {
  const { flag, mode, listed } = staged;
  const found = new Set<string>();
  const toSet: SubjectRow[] = [];
  const toClear: SubjectRow[] = [];
  for (let i = 0; i < listed.length; i += 500) {
    for (const row of db
      .select()
      .from(subjects)
      .where(inArray(subjects.uscc, listed.slice(i, i + 500)))
      .all()) {
      found.add(row.uscc ?? '');
      if (!row[flag]) toSet.push(row);
    }
  }
  if (mode === 'replace') {
    const listedSet = new Set(listed);
    for (const row of db.select().from(subjects).where(eq(subjects[flag], true)).all())
      if (row.uscc === null || !listedSet.has(row.uscc)) toClear.push(row);
  }
  const missing = listed.filter((u) => !found.has(u));
  const counts: FlagListCounts = {
    listed: listed.length,
    matched: found.size,
    set: toSet.length,
    cleared: toClear.length,
    invalid: staged.invalid,
    notFound: missing.length,
    notFoundSample: missing.slice(0, 20),
  };
  return { toSet, toClear, counts };
}

/** What the list would do (the preview): nothing is written. */
export const previewFlagList = (db: ReadableDb, staged: StagedFlagList): FlagListCounts => changesOf(db, staged).counts;

/** Marks the flag as the list says, each change in the subject's history (inside the write's own transaction). */
export function applyFlagList(db: Db, staged: StagedFlagList, stamp: ChangeStamp): FlagListCounts {
  const { flag } = staged;
  const { toSet, toClear, counts } = changesOf(db, staged);
  const writer = new SubjectWriter(db, stamp);
  const mark = (row: SubjectRow, value: boolean) => {
    const before = rowToRecord(row);
    writer.update(row.id, { ...before, [flag]: value }, [{ field: flag, old: before[flag], new: value }]);
  };
  for (const row of toSet) mark(row, true);
  for (const row of toClear) mark(row, false);
  return counts;
}
