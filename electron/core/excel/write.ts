import ExcelJS from 'exceljs';
import { neutralizeFormula } from '../export';

export type OutCell = string | number | boolean | null | undefined;

/**
 * Exported text is data, never a formula: exceljs writes a string as a string cell already; the apostrophe makes
 * sure the text stays inert even after someone edits the cell or saves the sheet as CSV.
 */
export const safeCell = (value: OutCell): OutCell => (typeof value === 'string' ? neutralizeFormula(value) : value);

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF999999' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A streaming workbook with one sheet: rows go to disk as they are added, so 100,000 rows keep memory flat.
 * Without cell styles: exceljs styles every cell of a styled workbook, which more than halves the export's speed;
 * data files keep their frozen header and column widths, and the printed documents have styles of their own.
 */
export function streamingSheet(path: string, sheetName: string, header: string[], widths: number[]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 16 }));
  sheet.getRow(1).commit();
  return {
    add(values: OutCell[]): void {
      sheet.addRow(values.map(safeCell)).commit();
    },
    async finish(): Promise<void> {
      sheet.commit();
      await workbook.commit();
    },
  };
}

/** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : columnLetter(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26));

/** Adds a data-validation rule (a dropdown, a date range) to rows `from`–`to` of a 0-based column. */
export function validateColumn(
  sheet: ExcelJS.Worksheet,
  column: number,
  from: number,
  to: number,
  rule: ExcelJS.DataValidation,
): void {
  const letter = columnLetter(column);
  // exceljs types the worksheet without its dataValidations collection, though the writer supports it.
  (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(`${letter}${from}:${letter}${to}`, rule);
}
