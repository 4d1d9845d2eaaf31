import ExcelJS from 'exceljs';
import type { ReadableDb } from '../../../db/client';
import { ITEM_METHODS } from '../../../db/schema';
import { itemRefsOf } from '../items';
import { nameBook } from '../plans';
import type { TaskRow } from '../tasks';
import { BORDER, HEADER_FILL, safeCell, validateColumn } from '../excel';
import { categoryChoice, COLLECTION_COLUMNS, collectionKey, FIRST_INPUT_COLUMN } from './collection-columns';
import { categoriesOf } from './lists';
import { resultSheet } from './sheet';
import type { Actor } from '../context';

const WIDTHS = [20, 22, 32, 12, 26, 18, 26, 26, 14, 14, 30, 30];
const HEADER_ROW = 2;
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E6' } };

const validate = (sheet: ExcelJS.Worksheet, column: number, lastRow: number, rule: ExcelJS.DataValidation) =>
  validateColumn(sheet, column, HEADER_ROW + 1, lastRow, rule);

/**
 * 结果采集表: one department's share of a task — its items at every drawn subject — for staff who never open the
 * app. Key columns are filled and locked (the sheet is protected without a password: protection prevents slips,
 * the importer checks everything anyway); the result columns have dropdowns of the category codes and methods and
 * a date rule inside the task period. Results already entered are filled in, so returning the workbook unchanged
 * changes nothing.
 */
export async function writeCollectionWorkbook(
  db: ReadableDb,
  task: TaskRow,
  departmentId: number,
  actor: Actor,
  now: Date,
  path: string,
): Promise<number> {
  const rows = resultSheet(db, task, actor, now).rows.filter((r) => r.departmentId === departmentId);
  const itemIds = [...new Set(rows.map((r) => r.itemId))];
  const refs = itemRefsOf(db, itemIds);
  const codeOf = new Map([...refs].map(([id, ref]) => [id, ref.code]));
  const categories = categoriesOf(db).filter((c) => c.active);
  const choiceOf = new Map(categories.map((c) => [c.code, categoryChoice(c.code, c.name)]));

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('结果采集', { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3 }] });
  const codes = workbook.addWorksheet('代码表', { state: 'hidden' });
  codes.getCell(1, 1).value = '检查结果';
  categories.forEach((c, i) => (codes.getCell(i + 2, 1).value = categoryChoice(c.code, c.name)));

  const columns = COLLECTION_COLUMNS.length;
  sheet.mergeCells(1, 1, 1, columns);
  const title = sheet.getCell(1, 1);
  title.value = `${task.name} 检查结果采集表（${nameBook(db).department(departmentId)}）——请在黄色列填写，其余列请勿改动`;
  title.font = { bold: true, size: 13 };
  COLLECTION_COLUMNS.forEach((spec, i) => {
    sheet.getColumn(i + 1).width = WIDTHS[i] ?? 16;
    const cell = sheet.getCell(HEADER_ROW, i + 1);
    cell.value = spec.required ? `*${spec.label}` : spec.label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
  rows.forEach((r, index) => {
    const result = r.result;
    // The first category has the dropdown; any others share the next cell, separated by ；, so a result with
    // three categories comes back unchanged.
    const [first, ...others] = result?.categories ?? [];
    const values = [
      collectionKey(task.id, r.subjectId, r.itemId),
      r.uscc ?? '',
      r.subjectName,
      codeOf.get(r.itemId) ?? '',
      r.itemName,
      r.team,
      first ? (choiceOf.get(first) ?? first) : '',
      others.map((code) => choiceOf.get(code) ?? code).join('；'),
      result ? new Date(`${result.resultDate}T00:00:00Z`) : null,
      result?.method ?? '',
      result?.description ?? '',
      result?.problems ?? '',
    ];
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value instanceof Date ? value : (safeCell(value) ?? null);
      cell.border = BORDER;
      if (i >= FIRST_INPUT_COLUMN) {
        cell.protection = { locked: false };
        cell.fill = INPUT_FILL;
      }
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  });
  const lastRow = HEADER_ROW + Math.max(rows.length, 1);
  const list = (formula: string, what: string): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorTitle: '输入有误',
    error: `请从下拉列表中选择${what}。`,
  });
  const categoryRange = `代码表!$A$2:$A$${categories.length + 1}`;
  validate(sheet, FIRST_INPUT_COLUMN, lastRow, list(categoryRange, '检查结果'));
  validate(sheet, FIRST_INPUT_COLUMN + 1, lastRow, list(categoryRange, '检查结果'));
  validate(sheet, FIRST_INPUT_COLUMN + 3, lastRow, list(`"${ITEM_METHODS.join(',')}"`, '检查方式'));
  validate(sheet, FIRST_INPUT_COLUMN + 2, lastRow, {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(`${task.periodStart}T00:00:00Z`), new Date(`${task.periodEnd}T00:00:00Z`)],
    showErrorMessage: true,
    errorTitle: '日期有误',
    error: `结果形成日期应在检查期间 ${task.periodStart} 至 ${task.periodEnd} 内。`,
  });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  await workbook.xlsx.writeFile(path);
  return rows.length;
}
