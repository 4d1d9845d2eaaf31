import type { RowImporter } from '../excel/import-rows';
import { SUBJECT_COLUMNS, type SubjectColumn } from './columns';
import { normalizeSubject, type DepartmentLookup } from './normalize';
import { FIELD_LABELS, type SubjectRecord } from './record';

/** How a subject sheet is read: its columns, its normaliser and its identity (the USCC). */
export const subjectSheet = (departments: DepartmentLookup): RowImporter<SubjectColumn, SubjectRecord> => ({
  what: '检查对象',
  columns: SUBJECT_COLUMNS,
  labels: FIELD_LABELS,
  normalize: (raw) => normalizeSubject(raw, departments),
  key: (record) => record.uscc,
  keyLabel: '统一社会信用代码',
});
