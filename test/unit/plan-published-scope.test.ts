import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officeForEachTest } from '../support/office';
import { plannedTaskFields, twoItems } from '../support/draws';
import { downloadedPdf, joined } from '../support/pdf';

const office = officeForEachTest();
const { ok } = office;

describe('the plan as published (issue 16 point 11)', () => {
  it('prints each task’s object scope and its ratios per class in the PDF and the Excel', async () => {
    const { general, key } = await twoItems(office.t.core, office.admin, 5);
    const { id: planId } = await ok('plans.create', { year: 2026, departmentId: 1, name: '2026 年抽查计划' });
    const scope = { type: '企业', industryCode: 'F52', regionCode: '150222' } as const;
    await ok('plans.saveTask', { planId, fields: plannedTaskFields([general, key], { scope }) });

    const pdf = await ok('documents.plan', { planId });
    const text = joined(downloadedPdf(office.t.core, pdf.download, office.t.dir, 'plan.pdf').text);
    expect(text).toContain(joined('抽查范围'));
    expect(text).toContain(joined('企业，行政区划 150222，行业 F52'));
    expect(text).toContain(joined('A 类 1%，B 类 3%，C 类 5%，D 类 5%'));

    const { download } = await ok('plans.export', { id: planId });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(download) ?? '');
    const sheet = book.getWorksheet('抽查计划')!;
    expect(sheet.getCell('M2').value).toBe('抽查范围');
    expect(sheet.getCell('M3').value).toBe('企业，行政区划 150222，行业 F52');
    expect(sheet.getCell('G3').value).toBe('A 类 1%，B 类 3%，C 类 5%，D 类 5%');
  });
});
