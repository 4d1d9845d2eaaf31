import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../electron/core/contract';
import { logIn } from '../support/core';
import { officeForEachTest } from '../support/office';
import { lockedTask } from '../support/results';

const office = officeForEachTest();
const { ok, refusal } = office;

type Preview = MethodOutput<'collection.preview'>;

/** Downloads a department's collection workbook and opens it with exceljs, as the department would in Excel. */
async function collectionBook(taskId: number, departmentId: number) {
  const out = await ok('collection.workbook', { taskId, departmentId });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(office.t.core.files.downloadPath(out.download)!);
  return { book, sheet: book.getWorksheet('结果采集')!, rows: out.rows };
}

/** Saves the filled workbook as an upload and previews its import. */
async function preview(book: ExcelJS.Workbook): Promise<Preview> {
  const upload = office.t.core.files.newUpload('filled.xlsx');
  await book.xlsx.writeFile(upload.path);
  return ok('collection.preview', { upload: upload.id });
}

describe('result collection workbooks', () => {
  it('lists a department’s subjects × items locked, imports the filled rows, and a re-import changes nothing', async () => {
    const { taskId, drawn } = await lockedTask(office.t.core, office.admin);
    office.t.clock.set(new Date('2026-11-02T02:00:00Z'));
    office.admin = await logIn(office.t.core);
    const { book, sheet, rows } = await collectionBook(taskId, 17);
    expect(rows).toBe(drawn.length);
    expect(sheet.getCell('A2').value).toBe('*采集编号');
    expect(sheet.getCell('C3').value).toBe(drawn[0]!.name);
    expect(sheet.getCell('A3').protection?.locked).not.toBe(false);
    expect(sheet.getCell('G3').protection?.locked).toBe(false);
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string }> } })
      .dataValidations.model;
    expect(Object.values(validations).map((v) => v.type)).toEqual(expect.arrayContaining(['list', 'date']));

    // The department fills three rows; the others stay blank (not collected yet, not errors).
    for (const [row, category] of [
      [3, '01 未发现问题'],
      [4, '05 发现问题已责令改正'],
      [5, '01'],
    ] as const) {
      sheet.getCell(`G${row}`).value = category;
      sheet.getCell(`I${row}`).value = new Date('2026-10-15T00:00:00Z');
      sheet.getCell(`J${row}`).value = '实地核查';
      if (category.startsWith('05')) sheet.getCell(`L${row}`).value = '公共用品消毒记录不全';
    }
    const first = await preview(book);
    expect(first.counts).toMatchObject({ fresh: 3, changed: 0, unchanged: 0, invalid: 0, blank: drawn.length - 3 });
    expect(await ok('collection.commit', { token: first.token })).toMatchObject({ fresh: 3 });
    // Entered by keyboard meanwhile: three categories and a two-line description — the workbook must carry them back.
    await ok('results.enter', {
      taskId,
      subjectId: drawn[5]!.subjectId,
      itemId: (await ok('results.sheet', { taskId })).rows.find((r) => r.departmentId === 17)!.itemId,
      categories: ['02', '05', '06'],
      resultDate: '2026-10-16',
      method: '书面检查',
      description: '第一行说明\n第二行说明',
      problems: '未公示年报；台账缺失',
    });
    // Each result with problems (the workbook's and the keyboard's) proposes a credit change for someone to confirm.
    expect((await ok('credit.list', { status: 'proposed' })).length).toBe(2);

    const fresh = await collectionBook(taskId, 17);
    const again = await preview(fresh.book);
    expect(again.counts).toMatchObject({ fresh: 0, changed: 0, unchanged: 4, invalid: 0 });
    expect(fresh.sheet.getCell('H8').value).toBe('05 发现问题已责令改正；06 发现问题待后续处理');
    await ok('collection.commit', { token: again.token });
    const sheetNow = await ok('results.sheet', { taskId });
    expect(sheetNow.rows.filter((r) => r.result).map((r) => r.result!.version)).toEqual([1, 1, 1, 1]);

    // A corrected row needs a reason at commit, and keeps the earlier version.
    sheet.getCell('K3').value = '补充：证照齐全';
    const corrected = await preview(book);
    expect(corrected.counts).toMatchObject({ changed: 1, unchanged: 2 });
    expect(await refusal('collection.commit', { token: corrected.token })).toContain('更正原因');
    const fixed = await preview(book);
    await ok('collection.commit', { token: fixed.token, reason: '按采集表补充说明' });
    const versions = (await ok('results.sheet', { taskId })).rows.filter((r) => r.result).map((r) => r.result!.version);
    expect(versions).toEqual([2, 1, 1, 1]);
  });

  it('explains every wrong row and, unless asked to take the valid ones, commits nothing', async () => {
    const { taskId, drawn } = await lockedTask(office.t.core, office.admin);
    office.t.clock.set(new Date('2026-11-02T02:00:00Z'));
    office.admin = await logIn(office.t.core);
    const { book, sheet } = await collectionBook(taskId, 1);
    const fill = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [col, value] of Object.entries(values)) sheet.getCell(`${col}${row}`).value = value;
    };
    const date = new Date('2026-10-15T00:00:00Z');
    fill(3, { G: '01 未发现问题', I: date, J: '实地核查' });
    fill(4, { G: '88 不存在的结果', I: date, J: '实地核查' });
    fill(5, { G: '01', I: new Date('2026-12-01T00:00:00Z'), J: '实地核查' });
    fill(6, { G: '01', I: new Date('2026-03-01T00:00:00Z'), J: '电话询问' });
    fill(7, { A: 'T9-S1-I1', G: '01', I: date, J: '实地核查' });
    fill(8, { A: '随便写的', G: '01', I: 'not a date', J: '实地核查' });
    const staged = await preview(book);
    expect(staged.counts).toMatchObject({ fresh: 1, invalid: 5 });
    const byRow = (row: number) => staged.errors.filter((e) => e.row === row).map((e) => `${e.column}:${e.message}`);
    expect(byRow(4).join()).toContain('检查结果:检查结果代码 88');
    expect(byRow(5).join()).toMatch(/结果形成日期:.*(不在任务检查期间|晚于今天)/);
    expect(byRow(6).join()).toContain('实际检查方式');
    expect(byRow(7).join()).toContain('采集编号');
    expect(byRow(8).join()).toContain('采集编号无法识别');
    expect(byRow(8).join()).toContain('无法识别');

    expect(await refusal('collection.commit', { token: staged.token })).toContain('没有导入任何结果');
    expect((await ok('results.sheet', { taskId })).progress.entered).toBe(0);
    const errors = await ok('collection.errors', { token: staged.token });
    expect(fs.existsSync(office.t.core.files.downloadPath(errors.download)!)).toBe(true);
    expect(await ok('collection.commit', { token: staged.token, mode: 'valid' })).toMatchObject({ fresh: 1 });
    expect(drawn.length).toBeGreaterThan(6);

    // Not a workbook at all.
    const junk = office.t.core.files.newUpload('junk.xlsx');
    fs.writeFileSync(junk.path, 'this is not a spreadsheet');
    expect(await refusal('collection.preview', { upload: junk.id })).toMatch(/xlsx|Excel/);
  });
});
