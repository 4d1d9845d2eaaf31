import type ExcelJS from 'exceljs';
import { BORDER, HEADER_FILL, safeCell, type OutCell } from './write';

/**
 * A sheet people read and print: a merged title, a bold header, bordered rows with wrapped text, the header frozen.
 * `numFmts` gives a column its number format (e.g. '0.0%' for a rate), by column index.
 */
export function titledTable(
  sheet: ExcelJS.Worksheet,
  title: string,
  header: string[],
  widths: number[],
  rows: OutCell[][],
  numFmts: Record<number, string> = {},
): void {
  sheet.mergeCells(1, 1, 1, header.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  sheet.columns = header.map((_, i) => ({ width: widths[i] ?? 14 }));
  const head = sheet.addRow(header);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  for (const values of rows) {
    sheet.addRow(values.map(safeCell)).eachCell((cell, col) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      const format = numFmts[col - 1];
      if (format) cell.numFmt = format;
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
