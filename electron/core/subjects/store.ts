import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { subjectChanges, subjectDepartments, subjectLabels, subjects } from '../../../db/schema';
import { nameInitials } from './pinyin';
import type { SubjectRecord } from './record';

export type SubjectRow = typeof subjects.$inferSelect;
export type ChangeSource = 'manual' | 'import' | 'demo';
export interface FieldChange {
  field: keyof SubjectRecord;
  old: unknown;
  new: unknown;
}

const LIST_SEPARATOR = '、';

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

function columnsOf(record: SubjectRecord) {
  return {
    type: record.type,
    uscc: record.uscc,
    name: record.name,
    nameInitials: nameInitials(record.name),
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
    tags: record.tags.join(LIST_SEPARATOR),
    departmentIds: record.departmentIds.join(','),
  };
}

const EMPTY_RECORD: SubjectRecord = {
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
  tags: [],
  departmentIds: [],
};

/** Placeholders skip drizzle's column mapping, so booleans go to SQLite as the 0/1 it stores. */
function driverValues(values: ReturnType<typeof columnsOf>): Record<string, string | number | null> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]));
}

export interface ChangeStamp {
  at: string;
  actorName: string;
  source: ChangeSource;
}

/**
 * Writes subjects with their labels, department links and history. Statements are prepared once per writer, so a
 * 100,000-row import pays for parsing SQL once, not per row. Must run inside the caller's transaction.
 */
export class SubjectWriter {
  private readonly insertSubject;
  private readonly insertLabel;
  private readonly insertDepartment;
  private readonly insertChange;

  constructor(
    private readonly db: Db,
    private readonly stamp: ChangeStamp,
  ) {
    const placeholders = Object.fromEntries(
      Object.keys(columnsOf(EMPTY_RECORD)).map((key) => [key, sql.placeholder(key)]),
    ) as unknown as ReturnType<typeof columnsOf>;
    this.insertSubject = db.insert(subjects).values(placeholders).returning({ id: subjects.id }).prepare();
    this.insertLabel = db
      .insert(subjectLabels)
      .values({
        subjectId: sql.placeholder('subjectId'),
        kind: sql.placeholder('kind'),
        value: sql.placeholder('value'),
      })
      .prepare();
    this.insertDepartment = db
      .insert(subjectDepartments)
      .values({ subjectId: sql.placeholder('subjectId'), departmentId: sql.placeholder('departmentId') })
      .prepare();
    this.insertChange = db
      .insert(subjectChanges)
      .values({
        subjectId: sql.placeholder('subjectId'),
        at: stamp.at,
        actorName: stamp.actorName,
        source: stamp.source,
        changes: sql.placeholder('changes'),
      })
      .prepare();
  }

  insert(record: SubjectRecord): number {
    const { id } = this.insertSubject.get(driverValues(columnsOf(record)));
    this.writeLinks(id, record);
    // A creation is recorded without a snapshot: the values are the row's, and every later change keeps its old
    // value, so the creation state can always be walked back to — at a fraction of the write volume of an import.
    this.insertChange.run({ subjectId: id, changes: '[]' });
    return id;
  }

  /** Applies the changes already computed by diffRecords; nothing is written when there are none. */
  update(id: number, record: SubjectRecord, changes: FieldChange[]): void {
    if (changes.length === 0) return;
    this.db
      .update(subjects)
      .set({ ...columnsOf(record), updatedAt: this.stamp.at })
      .where(eq(subjects.id, id))
      .run();
    const touched = new Set(changes.map((c) => c.field));
    if (touched.has('tags') || touched.has('licences'))
      this.db.delete(subjectLabels).where(eq(subjectLabels.subjectId, id)).run();
    if (touched.has('departmentIds'))
      this.db.delete(subjectDepartments).where(eq(subjectDepartments.subjectId, id)).run();
    this.writeLinks(id, record, touched);
    this.insertChange.run({ subjectId: id, changes: JSON.stringify(changes) });
  }

  private writeLinks(id: number, record: SubjectRecord, only?: Set<keyof SubjectRecord>): void {
    if (!only || only.has('tags') || only.has('licences')) {
      for (const value of record.tags) this.insertLabel.run({ subjectId: id, kind: 'tag', value });
      for (const value of record.licences) this.insertLabel.run({ subjectId: id, kind: 'licence', value });
    }
    if (!only || only.has('departmentIds')) {
      for (const departmentId of record.departmentIds) this.insertDepartment.run({ subjectId: id, departmentId });
    }
  }
}
