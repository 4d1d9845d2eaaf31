import { cellText } from './cells';
import type { SheetRow } from './xlsx-reader';

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The header the template writes. */
  label: string;
  /** Other spellings found in real files. */
  aliases: string[];
  required: boolean;
}

/** Header text compared loosely: no spaces, markers (*, 必填) or brackets, full-width folded. */
export function headerKey(text: string): string {
  return cellText(text)
    .replace(/[*＊]/g, '')
    .replace(/[（(]\s*(必填|选填|可选|必须)\s*[)）]/g, '')
    .replace(/[\s:：]/g, '')
    .toLowerCase();
}

export interface HeaderMatch<K extends string> {
  /** Row number (1-based) of the header. */
  row: number;
  /** For each spec key, the 0-based column holding it. */
  columns: Partial<Record<K, number>>;
  /** Required columns the header lacks. */
  missing: ColumnSpec<K>[];
}

/** How many rows above the data may hold titles, notes or blank lines before the header. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the header among the first rows: the row naming the most known columns (at least two), whatever their
 * order; a title row above it (often merged) or a notes row below it does not confuse it.
 */
export function matchHeader<K extends string>(rows: SheetRow[], specs: ColumnSpec<K>[]): HeaderMatch<K> | null {
  const lookup = new Map<string, K>();
  for (const spec of specs) for (const name of [spec.label, ...spec.aliases]) lookup.set(headerKey(name), spec.key);
  let best: HeaderMatch<K> | null = null;
  let bestCount = 1;
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns: Partial<Record<K, number>> = {};
    let count = 0;
    row.cells.forEach((cell, col) => {
      const key = lookup.get(headerKey(cellText(cell)));
      if (key !== undefined && columns[key] === undefined) {
        columns[key] = col;
        count += 1;
      }
    });
    if (count > bestCount) {
      bestCount = count;
      best = { row: row.row, columns, missing: specs.filter((s) => s.required && columns[s.key] === undefined) };
    }
  }
  return best;
}
