import type { ReadableDb } from '../../../db/client';
import type { ItemListKind } from './publications';
import { CLASS_CAP_COLUMNS, CLASS_FREQUENCY_COLUMNS, ITEM_LABELS } from './fields';
import { jointItemsAsOf } from './joint-store';
import { listItems } from './store';

/**
 * A list as it is exported and published: its sheet name, header, column widths and rows, as of a date. The rows
 * depend on the versions in force on `asOf` alone, so the same date gives the same content: the workbook published
 * as of a date can be made again, and the SHA-256 of these rows (publications.ts) identifies what was published.
 */
export interface ListSheet {
  sheetName: string;
  fileName: string;
  header: string[];
  widths: number[];
  rows: (string | number | null)[][];
}

const labels = ITEM_LABELS;

export function itemListSheet(db: ReadableDb, asOf: string, departmentId?: number): ListSheet {
  const rows = listItems(db, { asOf, departmentId });
  return {
    sheetName: '抽查事项清单',
    fileName: `随机抽查事项清单（${asOf}）.xlsx`,
    header: [
      labels.code,
      labels.departmentId,
      labels.name,
      labels.basis,
      labels.content,
      labels.objectType,
      labels.methods,
      labels.category,
      labels.ratioCap,
      labels.frequencyCap,
      ...CLASS_CAP_COLUMNS.map((c) => labels[c]),
      ...CLASS_FREQUENCY_COLUMNS.map((c) => labels[c]),
      '生效日期',
    ],
    widths: [
      16,
      24,
      36,
      50,
      40,
      16,
      24,
      10,
      14,
      14,
      ...CLASS_CAP_COLUMNS.map(() => 14),
      ...CLASS_FREQUENCY_COLUMNS.map(() => 14),
      12,
    ],
    rows: rows.map((r) => [
      r.code,
      r.departmentName,
      r.name,
      r.basis,
      r.content,
      r.objectType,
      r.methods,
      r.category === 'key' ? '重点' : '一般',
      r.ratioCap,
      r.frequencyCap,
      ...CLASS_CAP_COLUMNS.map((c) => r[c]),
      ...CLASS_FREQUENCY_COLUMNS.map((c) => r[c]),
      r.effectiveFrom,
    ]),
  };
}

export function jointListSheet(db: ReadableDb, asOf: string): ListSheet {
  return {
    sheetName: '联合抽查事项清单',
    fileName: `联合抽查事项清单（一业一查，${asOf}）.xlsx`,
    header: ['名称', '行业场景', '牵头部门', '包含事项', '版本', '生效日期'],
    widths: [30, 30, 24, 60, 8, 12],
    rows: jointItemsAsOf(db, asOf).map((j) => [
      j.name,
      j.scene,
      j.leadDepartmentName,
      j.items.map((m) => `${m.code} ${m.name}（${m.departmentName}）`).join('；'),
      j.versionNo,
      j.effectiveFrom,
    ]),
  };
}

export const listSheet = (db: ReadableDb, kind: ItemListKind, asOf: string): ListSheet =>
  kind === 'joint' ? jointListSheet(db, asOf) : itemListSheet(db, asOf);
