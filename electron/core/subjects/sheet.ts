import type { RowImporter } from '../excel';
import { SUBJECT_COLUMNS, type SubjectColumn } from './columns';
import { normalizeSubject, type DepartmentLookup } from './normalize';
import { nameInitials } from './pinyin';
import { FIELD_LABELS } from './record';
import { subjectValues, USCC_VALUE, type SubjectValues } from './store';

/**
 * How a subject sheet is read: its columns, its normaliser and its identity (the USCC). Each valid row becomes the
 * values its insert takes, pinyin initials included, while the file is read (on two threads).
 */
export const subjectSheet = (
  departments: DepartmentLookup,
  today: string,
): RowImporter<SubjectColumn, SubjectValues> => ({
  what: '检查对象',
  columns: SUBJECT_COLUMNS,
  labels: FIELD_LABELS,
  normalize: (raw) => {
    const result = normalizeSubject(raw, departments, today);
    return result.ok ? { ok: true, record: subjectValues(result.record, nameInitials(result.record.name)) } : result;
  },
  key: (values) => values[USCC_VALUE] as string | null,
  keyLabel: '统一社会信用代码',
});

/** What the import worker is started with: the department names it resolves, as the lookup's entries, and the
 * office's day that bounds founding dates. */
export interface SubjectSheetConfig {
  departments: [string, number][];
  today: string;
}
