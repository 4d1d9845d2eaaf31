import { eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { toJsonText } from '../../../db/json-text';
import { subjectChanges, subjects } from '../../../db/schema';
import { nameInitials } from './pinyin';
import type { SubjectRecord } from './record';
import { updateStamp } from '../row-stamps';

export type SubjectRow = typeof subjects.$inferSelect;
export type ChangeSource = 'manual' | 'import' | 'demo' | 'credit';
export interface FieldChange {
  field: keyof SubjectRecord;
  old: unknown;
  new: unknown;
}

/** How tags and licence types are joined in their columns; the normaliser splits cells on it, so no item holds it. */
export const LIST_SEPARATOR = '、';

/** The stored row read back as a record, so an incoming record can be compared field by field. */
export function rowToRecord(row: SubjectRow): SubjectRecord {
  const list = (text: string): string[] => (text ? text.split(LIST_SEPARATOR) : []);
  return {
    type: row.type,
    uscc: row.uscc,
    name: row.name,
    legalRep: row.legalRep,
    address: row.address,
    regionCode: row.regionCode,
    industryCode: row.industryCode,
    licences: list(row.licences),
    regStatus: row.regStatus,
    establishedOn: row.establishedOn,
    riskClass: row.riskClass,
    abnormal: row.abnormal,
    seriousIllegal: row.seriousIllegal,
    penalized3y: row.penalized3y,
    complaintVerified: row.complaintVerified,
    tags: list(row.tags),
    departmentIds: row.departmentIds ? row.departmentIds.split(',').map(Number) : [],
  };
}

/** The fields that differ, old → new; lists compare as sets because they are kept sorted. */
export function diffRecords(before: SubjectRecord, after: SubjectRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after) as (keyof SubjectRecord)[]) {
    const a = before[field];
    const b = after[field];
    const same = Array.isArray(a) && Array.isArray(b) ? a.join('\u0001') === b.join('\u0001') : a === b;
    if (!same) changes.push({ field, old: a, new: b });
  }
  return changes;
}

function columnsOf(record: SubjectRecord, initials?: string) {
  return {
    type: record.type,
    uscc: record.uscc,
    name: record.name,
    nameInitials: initials ?? nameInitials(record.name),
    legalRep: record.legalRep,
    address: record.address,
    regionCode: record.regionCode,
    industryCode: record.industryCode,
    licences: record.licences.join(LIST_SEPARATOR),
    regStatus: record.regStatus,
    establishedOn: record.establishedOn,
    riskClass: record.riskClass,
    abnormal: record.abnormal,
    seriousIllegal: record.seriousIllegal,
    penalized3y: record.penalized3y,
    complaintVerified: record.complaintVerified,
    tags: record.tags.join(LIST_SEPARATOR),
    departmentIds: record.departmentIds.join(','),
  };
}

export interface ChangeStamp {
  at: string;
  actorName: string;
  source: ChangeSource;
}

type SubjectColumns = ReturnType<typeof columnsOf>;

const SAMPLE: SubjectRecord = {
  type: '其他',
  uscc: null,
  name: '',
  legalRep: '',
  address: '',
  regionCode: '',
  industryCode: '',
  licences: [],
  regStatus: '',
  establishedOn: null,
  riskClass: 'B',
  abnormal: false,
  seriousIllegal: false,
  penalized3y: false,
  complaintVerified: false,
  tags: [],
  departmentIds: [],
};

/** The stored fields an insert writes, in the order of its positional placeholders (columnsOf's key order). */
const INSERT_FIELDS = Object.keys(columnsOf(SAMPLE)) as (keyof SubjectColumns)[];

/**
 * A new subject as its INSERT's values, in INSERT_FIELDS order with booleans as 0/1: how an import stages its rows
 * and ships them between threads — one array a row, instead of a record with its lists and initials beside it.
 */
export type SubjectValues = (string | number | null)[];

/** Where the USCC is among a row's values. */
export const USCC_VALUE = INSERT_FIELDS.indexOf('uscc');

/** The yes/no fields, which SQLite and a row of values hold as 0/1. */
const FLAG_FIELDS = new Set(INSERT_FIELDS.filter((field) => typeof columnsOf(SAMPLE)[field] === 'boolean'));

export function subjectValues(record: SubjectRecord, initials?: string): SubjectValues {
  const columns = columnsOf(record, initials);
  // SQLite stores booleans as 0/1, and the raw driver takes them only that way.
  return INSERT_FIELDS.map((field) => {
    const value = columns[field];
    return typeof value === 'boolean' ? Number(value) : value;
  });
}

/** The record a row of values stands for: what a subject already in the directory is compared and updated with. */
export function recordOfValues(values: SubjectValues): SubjectRecord {
  const row = Object.fromEntries(INSERT_FIELDS.map((field, i) => [field, values[i]])) as Record<string, unknown>;
  for (const flag of FLAG_FIELDS) row[flag] = row[flag] === 1;
  return rowToRecord(row as SubjectRow);
}

/**
 * Writes subjects with their history. Inserts use a better-sqlite3 statement prepared once per writer with
 * positional values: a 100,000-row import pays neither for parsing SQL nor for the query builder's per-call
 * mapping (measured ~10 µs a row). Must run inside the caller's transaction.
 */
export class SubjectWriter {
  private readonly insertSubject;
  private readonly insertChange;

  constructor(
    private readonly db: Db,
    private readonly stamp: ChangeStamp,
  ) {
    const client = db.$client;
    const table = getTableColumns(subjects);
    const stamps = ['created_by', 'created_via', 'created_at', 'updated_at'];
    const names = [...INSERT_FIELDS.map((field) => table[field].name), ...stamps];
    this.insertSubject = client.prepare<(string | number | null)[]>(
      `INSERT INTO subjects (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    );
    this.insertChange = client.prepare<[number, string, string, string, string, string, string]>(
      `INSERT INTO subject_changes (subject_id, changes, at, actor_name, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  insert(record: SubjectRecord): number {
    return Number(this.insertSubject.run(...subjectValues(record), ...this.stamps()).lastInsertRowid);
  }

  /** Inserts new subjects staged as their values (an import works them out while reading, on two threads). */
  insertMany(rows: SubjectValues[]): void {
    const stamps = this.stamps();
    for (const values of rows) this.insertSubject.run(...values, ...stamps);
  }

  /** Who created a row is kept on it, not in a change row: every later change keeps its old value, so the creation
   * state can always be walked back to — at a fraction of the writes. */
  private stamps(): string[] {
    const { at, actorName, source } = this.stamp;
    return [actorName, source, at, at];
  }

  /** Applies the changes already computed by diffRecords; nothing is written when there are none. */
  update(id: number, record: SubjectRecord, changes: FieldChange[]): void {
    if (changes.length === 0) return;
    this.db
      .update(subjects)
      .set({ ...columnsOf(record), ...updateStamp(this.stamp.at) })
      .where(eq(subjects.id, id))
      .run();
    const { at, actorName, source } = this.stamp;
    // Raw statement, so the column's own JSON encoder writes the text a drizzle write would.
    this.insertChange.run(id, toJsonText(subjectChanges.changes, changes), at, actorName, source, at, at);
  }
}
