import type { RowImporter } from '../excel/import-rows';
import { SUBJECT_COLUMNS, type SubjectColumn } from './columns';
import { normalizeSubject, type DepartmentLookup } from './normalize';
import { nameInitials } from './pinyin';
import { FIELD_LABELS, type SubjectRecord } from './record';

/** A subject read from a sheet, with the pinyin initials its insert needs worked out while the file is read. */
export interface SheetSubject {
  record: SubjectRecord;
  initials: string;
}

/** How a subject sheet is read: its columns, its normaliser and its identity (the USCC). */
export const subjectSheet = (departments: DepartmentLookup): RowImporter<SubjectColumn, SheetSubject> => ({
  what: '检查对象',
  columns: SUBJECT_COLUMNS,
  labels: FIELD_LABELS,
  normalize: (raw) => {
    const result = normalizeSubject(raw, departments);
    return result.ok
      ? { ok: true, record: { record: result.record, initials: nameInitials(result.record.name) } }
      : result;
  },
  key: (subject) => subject.record.uscc,
  keyLabel: '统一社会信用代码',
});

/** What the import worker is started with: the department names it resolves, as the lookup's entries. */
export interface SubjectSheetConfig {
  departments: [string, number][];
}

type Wire = [
  SubjectRecord['type'],
  string | null,
  string,
  string,
  string,
  string,
  string,
  string[],
  string,
  string | null,
  SubjectRecord['riskClass'],
  boolean,
  boolean,
  boolean,
  string[],
  number[],
  string,
];

/** A SheetSubject as a plain array, for the trip back from the import worker. */
export function subjectToWire({ record: r, initials }: SheetSubject): Wire {
  return [
    r.type,
    r.uscc,
    r.name,
    r.legalRep,
    r.address,
    r.regionCode,
    r.industryCode,
    r.licences,
    r.regStatus,
    r.establishedOn,
    r.riskClass,
    r.abnormal,
    r.seriousIllegal,
    r.penalized3y,
    r.tags,
    r.departmentIds,
    initials,
  ];
}

export function subjectFromWire(wire: unknown): SheetSubject {
  const w = wire as Wire;
  return {
    record: {
      type: w[0],
      uscc: w[1],
      name: w[2],
      legalRep: w[3],
      address: w[4],
      regionCode: w[5],
      industryCode: w[6],
      licences: w[7],
      regStatus: w[8],
      establishedOn: w[9],
      riskClass: w[10],
      abnormal: w[11],
      seriousIllegal: w[12],
      penalized3y: w[13],
      tags: w[14],
      departmentIds: w[15],
    },
    initials: w[16],
  };
}
