import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { subjectChanges, subjects } from '../../db/schema';
import { withFtsPaused } from '../../electron/core/subjects/fts';
import { withToken, resultOf } from '../support/core';
import { officeForEachTest } from '../support/office';
import { HEADER, upload } from '../support/subjects';
import { rawRow, writeRawXlsx, writeWorkbook } from '../support/xlsx';

const office = officeForEachTest();
const { ok } = office;

const file = (name: string) => path.join(office.t.dir, name);
const preview = (f: string) =>
  resultOf(office.t.core, withToken(office.admin), 'subjects.importPreview', { upload: upload(office.t.core, f) });
const countSubjects = () => office.t.core.db.select().from(subjects).all().length;
const insertTrigger = () =>
  office.t.core.db.$client
    .prepare<[], string>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'subjects_fts_insert'")
    .pluck()
    .get();

/** A workbook like the ones offices send: a merged title, a blank line, the header, then hand-typed data. */
async function messyWorkbook(f: string): Promise<void> {
  await writeWorkbook(f, [
    { name: '说明', rows: [['本表由某某科室填报'], ['联系人：张三']] },
    {
      name: '名录',
      merges: ['A1:J1'],
      rows: [
        ['固阳县市场主体名录（2026年）'],
        [],
        [
          ' 名 称 ',
          '＊统一社会信用代码',
          '类型',
          '法定代表人',
          '住所',
          '行业代码',
          '成立日期',
          '风险等级',
          '标签',
          '监管部门',
        ],
        [
          '固阳县金山镇示范超市有限公司',
          '９１３５０１００Ｍ０００１００Ｙ４３',
          '企业',
          '王五',
          '金山镇一街 1 号',
          'f5211',
          '2015/3/2',
          'b',
          '食品；小微',
          '市场监管',
        ],
        [],
        [
          '华为技术有限公司',
          '914403001922038216',
          '',
          '赵六',
          '深圳市龙岗区',
          'C3914',
          new Date(Date.UTC(1987, 8, 15)),
          'A',
          '',
          '市场监管;税务',
        ],
        ['错误代码公司', '91350100M000100Y44', '企业', '', '', '', '', '', '', ''],
        ['坏日期公司', '91440300708461136T', '企业', '', '', '', '2015-02-30', 'E', '', '不存在的局'],
        ['重复的华为', '914403001922038216', '企业', '', '', '', '', '', '', ''],
      ],
    },
  ]);
}

describe('subject import', () => {
  it('finds the header below a merged title on the right sheet, and explains every bad row', async () => {
    await messyWorkbook(file('messy.xlsx'));
    const result = await preview(file('messy.xlsx'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as {
      sheet: string;
      headerRow: number;
      counts: object;
      errors: { row: number; column: string; message: string }[];
    };
    expect(value.sheet).toBe('名录');
    expect(value.headerRow).toBe(3);
    expect(value.counts).toEqual({ total: 5, fresh: 2, changed: 0, unchanged: 0, invalid: 3 });
    const byRow = (row: number) => value.errors.filter((e) => e.row === row);
    expect(byRow(7)[0]?.column).toBe('统一社会信用代码');
    expect(byRow(7)[0]?.message).toContain('第 18 位校验码应为“3”');
    expect(
      byRow(8)
        .map((e) => e.column)
        .sort(),
    ).toEqual(['信用风险分类', '成立日期', '监管部门'].sort());
    expect(byRow(9)[0]?.message).toBe('与第 6 行的统一社会信用代码重复，请删除重复行。');
    expect(countSubjects()).toBe(0);
  });

  it('commits the valid rows by default, normalised, with history', async () => {
    await messyWorkbook(file('messy.xlsx'));
    const p = await ok('subjects.importPreview', {
      upload: upload(office.t.core, file('messy.xlsx')),
    });
    const counts = await ok('subjects.importCommit', {
      token: p.token,
      mode: 'valid',
    });
    expect(counts).toMatchObject({ fresh: 2, invalid: 3 });
    const rows = office.t.core.db.select().from(subjects).all();
    const shop = rows.find((r) => r.uscc === '91350100M000100Y43');
    expect(shop).toMatchObject({
      name: '固阳县金山镇示范超市有限公司',
      type: '企业',
      industryCode: 'F5211',
      establishedOn: '2015-03-02',
      riskClass: 'B',
      regionCode: '350100',
      tags: '小微、食品',
      nameInitials: 'gyxjszsfcsyxgs',
    });
    const huawei = rows.find((r) => r.uscc === '914403001922038216');
    expect(huawei?.establishedOn).toBe('1987-09-15');
    expect(huawei?.departmentIds.split(',')).toHaveLength(2);
    // Each creation is kept on the row and shown as the first entry of the subject's history; no change rows.
    expect(shop).toMatchObject({ createdBy: 'admin', createdVia: 'import' });
    expect(office.t.core.db.select().from(subjectChanges).all()).toHaveLength(0);
    const detail = await ok('subjects.get', { id: huawei?.id ?? 0 });
    expect(detail.history).toEqual([
      { id: 0, at: huawei?.createdAt, actorName: 'admin', source: 'import', changes: [] },
    ]);

    // Imported rows are in the search index (written in bulk), and later single writes index themselves again.
    const names = async (q: string) => (await ok('subjects.list', { q })).rows.map((r) => r.name);
    expect(await names('示范超市')).toEqual(['固阳县金山镇示范超市有限公司']);
    expect(await names('龙岗')).toEqual(['华为技术有限公司']);
    expect(await names('jszsfcs')).toEqual(['固阳县金山镇示范超市有限公司']);
    await ok('subjects.create', {
      name: '后来登记的粮油店',
      type: '其他',
    });
    expect(await names('粮油')).toEqual(['后来登记的粮油店']);
    expect(insertTrigger()).toContain('subjects_fts');
  });

  it('keeps the search index trigger when a bulk insert fails halfway (one transaction)', () => {
    const client = office.t.core.db.$client;
    const before = insertTrigger();
    expect(() =>
      client.transaction(() =>
        withFtsPaused(office.t.core.db, () => {
          client.prepare("INSERT INTO subjects (type, name, name_initials) VALUES ('其他', '半途', 'bt')").run();
          throw new Error('crash');
        }),
      )(),
    ).toThrow('crash');
    expect(insertTrigger()).toBe(before);
    expect(countSubjects()).toBe(0);
  });

  it('classifies again at commit when the directory changed after the preview', async () => {
    const book = file('later.xlsx');
    await writeWorkbook(book, [
      {
        name: 'Sheet1',
        rows: [HEADER, ['91350100M000100Y43', '示范超市', '企业', '王五', '一街 1 号', 'F5211', '', 'B', '', '']],
      },
    ]);
    const p = await ok('subjects.importPreview', {
      upload: upload(office.t.core, book),
    });
    expect(p.counts.fresh).toBe(1);
    // Someone registers the same code by hand before the import is confirmed.
    await ok('subjects.create', {
      uscc: '91350100M000100Y43',
      name: '示范超市',
      type: '企业',
    });
    const counts = await ok('subjects.importCommit', {
      token: p.token,
      mode: 'valid',
    });
    expect(counts).toMatchObject({ fresh: 0, changed: 1 });
    expect(countSubjects()).toBe(1);
  });

  it('commits nothing in strict mode when any row is invalid', async () => {
    await messyWorkbook(file('messy.xlsx'));
    const p = await ok('subjects.importPreview', {
      upload: upload(office.t.core, file('messy.xlsx')),
    });
    const strict = await resultOf(office.t.core, withToken(office.admin), 'subjects.importCommit', {
      token: p.token,
      mode: 'strict',
    });
    expect(strict.ok ? null : strict.error.message).toContain('没有导入任何数据');
    expect(countSubjects()).toBe(0);
  });

  it('upserts by USCC: a second import reports changed and unchanged rows and keeps the old values in history', async () => {
    const first = file('first.xlsx');
    await writeWorkbook(first, [
      {
        name: 'Sheet1',
        rows: [
          HEADER,
          ['91350100M000100Y43', '示范超市', '企业', '王五', '一街 1 号', 'F5211', '2015-03-02', 'B', '', ''],
          ['914403001922038216', '华为', '企业', '', '', '', '', 'A', '', ''],
        ],
      },
    ]);
    let p = await ok('subjects.importPreview', {
      upload: upload(office.t.core, first),
    });
    await ok('subjects.importCommit', { token: p.token, mode: 'valid' });

    const second = file('second.xlsx');
    await writeWorkbook(second, [
      {
        name: 'Sheet1',
        rows: [
          HEADER,
          ['91350100M000100Y43', '示范超市', '企业', '王五', '一街 2 号', 'F5211', '2015-03-02', 'C', '', ''],
          ['914403001922038216', '华为', '企业', '', '', '', '', 'A', '', ''],
        ],
      },
    ]);
    p = await ok('subjects.importPreview', {
      upload: upload(office.t.core, second),
    });
    expect(p.counts).toEqual({ total: 2, fresh: 0, changed: 1, unchanged: 1, invalid: 0 });
    await ok('subjects.importCommit', { token: p.token, mode: 'valid' });
    const shop = office.t.core.db
      .select()
      .from(subjects)
      .all()
      .find((s) => s.uscc === '91350100M000100Y43')!;
    const detail = await ok('subjects.get', { id: shop.id });
    expect(detail.history[0]?.changes.map((c) => [c.label, c.old, c.new])).toEqual([
      ['住所/经营场所', '一街 1 号', '一街 2 号'],
      ['信用风险分类', 'B', 'C'],
    ]);
    expect(detail.history[0]?.source).toBe('import');
  });

  it('refuses formulas cell by cell, and a merged header as a whole', async () => {
    const formulas = file('formulas.xlsx');
    writeRawXlsx(
      formulas,
      `${rawRow(1, ['统一社会信用代码', '名称'])}<row r="2"><c r="A2" t="str"><f>CONCAT("9135","0100M000100Y43")</f><v>91350100M000100Y43</v></c><c r="B2" t="inlineStr"><is><t>公式公司</t></is></c></row>`,
    );
    const f = await ok('subjects.importPreview', {
      upload: upload(office.t.core, formulas),
    });
    expect(f.errors[0]?.message).toContain('公式');

    const merged = file('merged.xlsx');
    writeRawXlsx(
      merged,
      `${rawRow(1, ['名称', '统一社会信用代码', ''])}${rawRow(2, ['甲公司', '91350100M000100Y43', ''])}`,
      { merges: ['B1:C1'] },
    );
    const m = await resultOf(office.t.core, withToken(office.admin), 'subjects.importPreview', {
      upload: upload(office.t.core, merged),
    });
    expect(m.ok ? null : m.error.message).toContain('合并单元格 B1:C1');
  });

  it('refuses a workbook without the expected header, or with no data, and changes nothing', async () => {
    const wrong = file('wrong.xlsx');
    await writeWorkbook(wrong, [
      {
        name: '工资表',
        rows: [
          ['姓名', '工资'],
          ['张三', 5000],
        ],
      },
    ]);
    const w = await preview(wrong);
    expect(w.ok ? null : w.error.message).toContain('没有找到检查对象的表头');
    const empty = file('empty.xlsx');
    await writeWorkbook(empty, [{ name: 'Sheet1', rows: [HEADER] }]);
    const e = await preview(empty);
    expect(e.ok ? null : e.error.message).toBe('表头下面没有数据行，请填写后再导入。');
    const missing = file('missing.xlsx');
    await writeWorkbook(missing, [
      {
        name: 'Sheet1',
        rows: [
          ['统一社会信用代码', '住所'],
          ['91350100M000100Y43', '某地'],
        ],
      },
    ]);
    const mi = await preview(missing);
    expect(mi.ok ? null : mi.error.message).toContain('缺少必填列：名称');
    expect(countSubjects()).toBe(0);
  });

  it('refuses more than a million data rows', async () => {
    const big = file('big.xlsx');
    const rows = [rawRow(1, ['名称', '对象类型'])];
    for (let i = 2; i <= 1_000_002; i++)
      rows.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>x</t></is></c></row>`);
    writeRawXlsx(big, rows.join(''));
    const result = await preview(big);
    expect(result.ok ? null : result.error.message).toContain('超过 1,000,000 行');
  }, 120_000);

  it('skips the template’s notes and example rows, so the downloaded template imports cleanly once filled', async () => {
    const template = await ok('imports.template', { kind: 'subjects' });
    const templatePath = office.t.core.files.downloadPath(template.download)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(templatePath);
    const sheet = wb.getWorksheet('检查对象')!;
    expect(sheet.getCell('A2').value).toBe('统一社会信用代码');
    expect(sheet.getCell('B2').value).toBe('*名称');
    sheet.getRow(5).values = ['914403001922038216', '华为技术有限公司'];
    const filled = file('filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const p = await ok('subjects.importPreview', {
      upload: upload(office.t.core, filled),
    });
    expect(p.headerRow).toBe(2);
    expect(p.counts).toMatchObject({ total: 1, fresh: 1, invalid: 0 });
  });

  it('exports a filtered list whose formula-like text stays text, and which re-imports unchanged', async () => {
    await ok('subjects.create', {
      uscc: '91350100M000100Y43',
      name: '=HYPERLINK("http://x","点我")',
      address: '+86 一街',
      tags: ['@重点'],
    });
    await ok('subjects.create', {
      uscc: '914403001922038216',
      name: '华为技术有限公司',
      riskClass: 'A',
    });
    const all = await ok('subjects.export', {});
    expect(all.count).toBe(2);
    const onlyA = await ok('subjects.export', { riskClass: 'A' });
    expect(onlyA.count).toBe(1);
    const exported = office.t.core.files.downloadPath(all.download)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const names = wb.worksheets[0]!.getColumn(2).values;
    expect(names).toContain('\'=HYPERLINK("http://x","点我")');
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    fs.copyFileSync(exported, file('again.xlsx'));
    const p = await ok('subjects.importPreview', {
      upload: upload(office.t.core, file('again.xlsx')),
    });
    expect(p.counts).toEqual({ total: 2, fresh: 0, changed: 0, unchanged: 2, invalid: 0 });
  });
});
