import { stripUnsafeChars, UNSAFE } from '../clean-text';
import type { CellValue } from './xlsx-reader';

/**
 * Anything cellText would change: full-width letters/digits, odd or repeated spaces, edges, a leading apostrophe,
 * controls and bidirectional overrides. One expression, so a cell is scanned once.
 */
const NEEDS_FOLDING = new RegExp(`${UNSAFE}|[\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]|[^\\S ]| {2}|^ | $|^'`);

/**
 * Text as people typed it: trimmed, full-width letters, digits and spaces folded, inner whitespace collapsed, and
 * the apostrophe our own exports put before formula-like text taken off again, so an export re-imports unchanged.
 * Controls and bidirectional overrides are taken out (clean-text.ts): a name holds only what it shows.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  // Most cells need no folding; one scan says so and spares five replaces on every cell of a big import.
  return NEEDS_FOLDING.test(value) ? foldText(value) : value;
}

/** The folding itself (exported so a test can check the shortcut above never skips a string this would change). */
export function foldText(value: string): string {
  return (
    stripUnsafeChars(value)
      // Full-width letters and digits only: Chinese punctuation such as （） is how names are officially written.
      .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\u3000\u00a0]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'(?=[=+\-@])/, '')
  );
}

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in), in UTC so no time zone shifts the day. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad = (n: number): string => String(n).padStart(2, '0');

function isoIfReal(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date cell as YYYY-MM-DD, whether Excel stored it as a serial number or someone typed it as text
 * (2015-03-02, 2015/3/2, 2015.3.2, 2015年3月2日, 20150302). Null when it is not a real calendar date.
 */
export function cellDate(value: CellValue | undefined): string | null {
  if (typeof value === 'number') {
    if (value < 1 || value > 2_958_465) return null;
    const date = new Date(EXCEL_EPOCH + Math.floor(value) * 86_400_000);
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  }
  const text = cellText(value);
  // 2015-03-02, as our template and most systems write it, read without an expression.
  if (text.length === 10 && text[4] === '-' && text[7] === '-') {
    const [y, m, d] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8))];
    if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)) return isoIfReal(y, m, d);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoIfReal(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (parts) return isoIfReal(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  return null;
}

/** 是/否 in the spellings offices use; null when the cell says neither. */
export function cellFlag(value: CellValue | undefined): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

const YES = new Set(['是', 'y', 'yes', '1', '√', 'true', '有']);
const NO = new Set(['否', 'n', 'no', '0', '×', 'x', 'false', '无', '']);

/** A list typed into one cell: 食品;小微、重点 → ['食品', '小微', '重点'], de-duplicated. */
export function cellList(value: CellValue | undefined): string[] {
  const text = cellText(value);
  const items: string[] = [];
  if (!text) return items;
  // One split and a loop, not a chain of arrays and a Set: this runs for several cells of every imported row.
  for (const part of text.split(LIST_SEPARATORS)) {
    const item = part.trim();
    if (item && !items.includes(item)) items.push(item);
  }
  return items;
}

const LIST_SEPARATORS = /[;；,，、|/\n]/;
