import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { withToken, resultOf } from '../support/core';
import { officeForEachTest } from '../support/office';
import { upload } from '../support/subjects';

const office = officeForEachTest();
const { ok } = office;

/** Downloads a template, writes one row below its example, and returns the filled file. */
async function fillTemplate(
  kind: 'inspectors' | 'items',
  row: ExcelJS.CellValue[],
): Promise<{ file: string; sheet: ExcelJS.Worksheet }> {
  const template = await ok('imports.template', { kind });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(office.t.core.files.downloadPath(template.download)!);
  const sheet = wb.worksheets[0]!;
  sheet.getRow(5).values = row;
  const file = path.join(office.t.dir, `${kind}-filled.xlsx`);
  await wb.xlsx.writeFile(file);
  return { file, sheet };
}

describe('import templates and error lists', () => {
  it('an inspector template, once filled, imports cleanly; its example row is skipped', async () => {
    const { file, sheet } = await fillTemplate('inspectors', [
      '李四',
      '卫健',
      'NM150222009',
      '2024-01-01',
      '2028-12-31',
    ]);
    expect(sheet.getCell('A2').value).toBe('*姓名');
    const p = await ok('inspectors.importPreview', {
      upload: upload(office.t.core, file),
    });
    expect(p.counts).toMatchObject({ total: 1, fresh: 1, invalid: 0 });
  });

  it('an item template, once filled, imports cleanly', async () => {
    const { file } = await fillTemplate('items', [
      'WJ-001',
      '卫健',
      '公共场所卫生检查',
      '《公共场所卫生管理条例》',
      '',
      '',
      '实地核查',
      '一般',
      '10%',
      2,
    ]);
    const p = await ok('items.importPreview', {
      upload: upload(office.t.core, file),
    });
    expect(p.counts).toMatchObject({ total: 1, fresh: 1, invalid: 0 });
  });

  it('lists every problem of a preview in an error workbook', async () => {
    const { file } = await fillTemplate('items', ['WJ-001', '不存在的局', '', '', '', '', '电话', '中等', '', '']);
    const p = await ok('items.importPreview', {
      upload: upload(office.t.core, file),
    });
    const report = await ok('imports.errors', {
      kind: 'items',
      token: p.token,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(office.t.core.files.downloadPath(report.download)!);
    const sheet = wb.getWorksheet('错误清单')!;
    expect(sheet.rowCount - 1).toBe(p.errorCount);
    expect(sheet.getCell('B2').value).toBe('抽查主体');
    expect(report.fileName).toBe('抽查事项导入错误清单.xlsx');
    const wrongKind = await resultOf(office.t.core, withToken(office.admin), 'imports.errors', {
      kind: 'subjects',
      token: p.token,
    });
    expect(wrongKind.ok ? null : wrongKind.error.code).toBe('NOT_FOUND');
  });
});
