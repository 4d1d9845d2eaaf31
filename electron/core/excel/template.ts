import ExcelJS from 'exceljs';
import type { ColumnSpec } from './header';
import { BORDER, HEADER_FILL, validateColumn } from './write';

export interface TemplateSpec<K extends string> {
  sheet: string;
  title: string;
  columns: ColumnSpec<K>[];
  widths: number[];
  /** One line under each header: what to write there. */
  notes: Partial<Record<K, string>>;
  /** A filled-in example; its name-like cell starts with （示例） so the import skips it. */
  example: Partial<Record<K, string>>;
  /** Dropdowns (data validation) for the coded columns. */
  choices: Partial<Record<K, readonly string[]>>;
}

/** An import template: merged title, header (required columns marked *), notes row, example row, dropdowns. */
export async function writeTemplate<K extends string>(path: string, spec: TemplateSpec<K>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.mergeCells(1, 1, 1, spec.columns.length);
  const title = sheet.getCell(1, 1);
  title.value = `${spec.title}（请勿修改第 2 行表头；第 3、4 行为说明和示例，导入时自动跳过）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  spec.columns.forEach((column, i) => {
    const col = i + 1;
    sheet.getColumn(col).width = spec.widths[i] ?? 16;
    const header = sheet.getCell(2, col);
    header.value = column.required ? `*${column.label}` : column.label;
    header.font = { bold: true, color: column.required ? { argb: 'FFC00000' } : undefined };
    header.fill = HEADER_FILL;
    header.border = BORDER;
    const note = sheet.getCell(3, col);
    const text = spec.notes[column.key] ?? '';
    note.value = i === 0 ? `填写说明：${text}` : text;
    note.font = { italic: true, color: { argb: 'FF808080' }, size: 9 };
    note.alignment = { wrapText: true, vertical: 'top' };
    sheet.getCell(4, col).value = spec.example[column.key] ?? '';
    const choices = spec.choices[column.key];
    if (choices) {
      validateColumn(sheet, i, 5, 100000, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '输入有误',
        error: `请从下拉列表中选择：${choices.join('、')}`,
      });
    }
  });
  sheet.getRow(3).height = 30;
  await workbook.xlsx.writeFile(path);
}
