/**
 * Text a spreadsheet would run as a formula (= + - @, or a leading tab/CR that some programs strip first) gets an
 * apostrophe in front, so exported data is always shown, never executed (CSV/formula injection).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** CSV with a UTF-8 BOM so that Excel on a Chinese Windows opens it as UTF-8, not GBK. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const line = (cells: (string | number | null)[]): string =>
    cells.map((c) => (typeof c === 'number' ? String(c) : quote(neutralizeFormula(c ?? '')))).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
