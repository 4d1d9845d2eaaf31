import type { ColumnSpec } from '../excel';

/**
 * The collection workbook's columns (结果采集表): the key columns the app fills and locks, then the result columns a
 * department without the app fills in. Shared by the writer and the importer so they cannot drift apart.
 */
export type CollectionKey =
  | 'key'
  | 'uscc'
  | 'subjectName'
  | 'itemCode'
  | 'itemName'
  | 'team'
  | 'category'
  | 'category2'
  | 'resultDate'
  | 'method'
  | 'description'
  | 'problems';

const column = (key: CollectionKey, label: string, required = false): ColumnSpec<CollectionKey> => ({
  key,
  label,
  aliases: [],
  required,
});

export const COLLECTION_COLUMNS: ColumnSpec<CollectionKey>[] = [
  column('key', '采集编号', true),
  column('uscc', '统一社会信用代码'),
  column('subjectName', '检查对象名称'),
  column('itemCode', '事项编码'),
  column('itemName', '抽查事项'),
  column('team', '检查组'),
  column('category', '检查结果', true),
  column('category2', '其他检查结果'),
  column('resultDate', '结果形成日期', true),
  column('method', '实际检查方式', true),
  column('description', '情况说明'),
  column('problems', '发现的问题'),
];

export const COLLECTION_LABELS = Object.fromEntries(COLLECTION_COLUMNS.map((c) => [c.key, c.label])) as Record<
  CollectionKey,
  string
>;

/** The first column the department fills in: everything left of it is locked. */
export const FIRST_INPUT_COLUMN = COLLECTION_COLUMNS.findIndex((c) => c.key === 'category');

/** A row's identity: task, subject and item, so a returned workbook cannot land on another task's result. */
export const collectionKey = (taskId: number, subjectId: number, itemId: number): string =>
  `T${taskId}-S${subjectId}-I${itemId}`;

export function parseCollectionKey(text: string): { taskId: number; subjectId: number; itemId: number } | null {
  const match = /^T(\d+)-S(\d+)-I(\d+)$/.exec(text.trim());
  return match ? { taskId: Number(match[1]), subjectId: Number(match[2]), itemId: Number(match[3]) } : null;
}

/** How a category appears in the dropdown: its code, a space, its name. The importer takes the code back. */
export const categoryChoice = (code: string, name: string): string => `${code} ${name}`;
