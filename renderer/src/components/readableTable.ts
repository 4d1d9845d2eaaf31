import type { TableColumnsType } from 'antd';

/** The narrowest a name column may get: a county business name of about 14 characters on one line. */
export const NAME_COLUMN_WIDTH = 220;
/** What a column without a stated width is counted as when the table's scroll width is summed. */
const UNSIZED_COLUMN_WIDTH = 120;

/**
 * Table props that keep a list readable on a small screen (1024×600, the sidebar folded): the name column, and the
 * columns before it, stay at the left with at least their width, and the table scrolls sideways for the rest instead
 * of squeezing the name to an ellipsis; an actions column at the right end stays in reach. On a wide screen the
 * columns share the spare width as before.
 *
 * `nameKey` is the name column's `dataIndex` or `key`; `nameWidth` its narrowest (less for a person's name).
 */
export function readableTable<T>(
  columns: TableColumnsType<T>,
  nameKey: string,
  nameWidth = NAME_COLUMN_WIDTH,
): { columns: TableColumnsType<T>; scroll: { x: number } } {
  const keyOf = (c: TableColumnsType<T>[number]) => ('dataIndex' in c ? String(c.dataIndex) : String(c.key ?? ''));
  const nameAt = columns.findIndex((c) => keyOf(c) === nameKey);
  if (nameAt < 0) throw new Error(`readableTable: no column ${nameKey}`);
  const fitted = columns.map((c, i) => {
    if (i > nameAt) return c;
    const width = i === nameAt ? Math.max(Number(c.width ?? 0), nameWidth) : c.width;
    return { ...c, width, fixed: 'left' as const };
  });
  // Buttons in the last column stay in reach however far the table is scrolled.
  const last = fitted.at(-1);
  if (last && nameAt < fitted.length - 1 && (last.key === 'actions' || last.title === ''))
    fitted[fitted.length - 1] = { ...last, fixed: 'right' as const };
  const x = fitted.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : UNSIZED_COLUMN_WIDTH), 0);
  return { columns: fitted, scroll: { x } };
}
