import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { subjects } from '../../db/schema';
import { stripUnsafeChars, stripUnsafeDeep } from '../../electron/core/clean-text';
import { resultOf, withToken } from '../support/core';
import { officeForEachTest } from '../support/office';
import {
  forgeDirectory,
  inlineRow,
  packed,
  repeatDeflate,
  SHEET_HEAD,
  SHEET_TAIL,
  sheetOf,
  writeHostileXlsx,
} from '../support/hostile-xlsx';
import { HEADER, upload } from '../support/subjects';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

const office = officeForEachTest();
const { ok } = office;

const file = (name: string) => path.join(office.t.dir, name);

/** Every table's row count: what "nothing changed in the database" is checked against. */
function tableCounts(): Record<string, number> {
  const db = office.t.core.db.$client;
  const tables = db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all();
  return Object.fromEntries(
    tables.map((name) => [name, db.prepare<[], number>(`SELECT count(*) FROM "${name}"`).pluck().get() ?? 0]),
  );
}

/** Calls an import's preview on the file and returns its refusal, checking that nothing was written. */
async function refusal(method: 'subjects.importPreview' | 'collection.preview', f: string) {
  const before = tableCounts();
  const result = await resultOf(office.t.core, withToken(office.admin), method, { upload: upload(office.t.core, f) });
  expect(tableCounts()).toEqual(before);
  expect(result.ok).toBe(false);
  return result.ok ? null : result.error;
}

const TOO_BIG = /文件解压后过大，可能已损坏或被篡改/;
const CORRUPT = /文件已损坏或不完整/;

/** The subjects header and one valid row, so the reader gets past the header to the rows below. */
const HEADED = `${inlineRow(1, HEADER)}${inlineRow(2, ['91350100M000100Y43', '示范超市', '企业'])}`;

describe('cells and rows past Excel’s grid', () => {
  it('refuses the column bomb AAAAAAA3 with the cell named, in a child process with a 256 MB heap', () => {
    const book = file('column-bomb.xlsx');
    writeHostileXlsx(book, {
      sheet: sheetOf(`${inlineRow(1, HEADER)}<row r="3"><c r="AAAAAAA3" t="inlineStr"><is><t>x</t></is></c></row>`),
    });
    const result = spawnSync(
      TSX,
      ['electron/cli/main.ts', 'subjects', 'import', book, '--dry-run', '--data', office.t.dir],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=256' },
      },
    );
    expect(result.stderr).not.toMatch(/heap out of memory/i);
    expect(result.stderr).toContain('单元格 AAAAAAA3 超出 Excel 的最大范围（XFD 列、1,048,576 行）');
    expect(result.status).toBe(1);
  });

  it('refuses a shared-string cell past XFD the same way (the fast path reads its reference in place)', async () => {
    const book = file('shared-column.xlsx');
    writeHostileXlsx(book, {
      sheet: sheetOf(`<row r="1"><c r="XFE1" t="s"><v>0</v></c></row>`),
      sharedStrings: packed('<sst><si><t>名称</t></si></sst>'),
    });
    const error = await refusal('subjects.importPreview', book);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error?.message).toContain('单元格 XFE1 超出 Excel 的最大范围');
  });

  it('refuses a row numbered 1,048,577 and cells without references running past XFD', async () => {
    const rowBomb = file('row-bomb.xlsx');
    writeHostileXlsx(rowBomb, { sheet: sheetOf(`${HEADED}${inlineRow(1_048_577, ['x'])}`) });
    const error = await refusal('collection.preview', rowBomb);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error?.message).toContain('第 1048577 行超出 Excel 的最大范围');

    // After the last column a cell without r would land on column 16,385.
    const unnamed = file('unnamed-cells.xlsx');
    writeHostileXlsx(unnamed, {
      sheet: sheetOf(
        `<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>`,
      ),
    });
    const past = await refusal('collection.preview', unnamed);
    expect(past).toMatchObject({ code: 'INVALID_INPUT' });
    expect(past?.message).toContain('第 1 行有超出 Excel 最大范围（XFD 列）的单元格');
  });

  it('refuses a sheet of 1,048,577 rows when that row is reached, not after reading it all into memory', async () => {
    // Rows with nothing in them cost the reader nothing to keep; the last one is past Excel's grid.
    let rows = '';
    for (let r = 3; r <= 1_048_577; r++) rows += `<row r="${r}"/>`;
    const book = file('million-rows.xlsx');
    writeHostileXlsx(book, { sheet: sheetOf(`${HEADED}${rows}`) });
    const started = Date.now();
    const error = await refusal('subjects.importPreview', book);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error?.message).toContain('第 1048577 行超出 Excel 的最大范围');
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('zip bombs', () => {
  it('refuses shared strings that inflate past the bound for a part held in memory, at a ratio under the cap', async () => {
    // Some 300 MB of <si> items at about 65:1 (a random branch number in each), from a file of under 5 MB.
    let seed = 1;
    let unit = '';
    while (unit.length < 65_536) {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
      unit += `<si><t>固阳县金山镇示范超市有限公司第${(seed >>> 20) & 3}分店</t></si>`;
    }
    const times = Math.ceil((300 * 1024 ** 2) / Buffer.byteLength(unit));
    const sharedStrings = repeatDeflate('<sst>', unit, times, '</sst>');
    expect(sharedStrings.size / sharedStrings.data.length).toBeLessThan(80);
    const book = file('shared-bomb.xlsx');
    writeHostileXlsx(book, { sheet: sheetOf(HEADED), sharedStrings });
    expect(fs.statSync(book).size).toBeLessThan(6 * 1024 ** 2);
    const error = await refusal('collection.preview', book);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error?.message).toMatch(TOO_BIG);
  });

  it('refuses one row that never ends (no </row>) once it passes a few megabytes, reading linearly', async () => {
    const book = file('endless-row.xlsx');
    writeHostileXlsx(book, {
      sheet: repeatDeflate(
        `${SHEET_HEAD}${inlineRow(1, HEADER)}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
        'A'.repeat(1 << 16),
        16_384, // a gigabyte of one cell's text
        `</t></is></c></row>${SHEET_TAIL}`,
      ),
    });
    const started = Date.now();
    const error = await refusal('subjects.importPreview', book);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error?.message).toContain('有一行的内容超过 4 MB');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a sheet of complete rows that compresses past the ratio cap', async () => {
    const book = file('ratio-bomb.xlsx');
    writeHostileXlsx(book, {
      sheet: repeatDeflate(`${SHEET_HEAD}${HEADED}`, '<row r="3"></row>'.repeat(4096), 16_384, SHEET_TAIL),
    });
    const error = await refusal('subjects.importPreview', book);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error?.message).toMatch(TOO_BIG);
  });
});

describe('lying central directories', () => {
  const plain = (name: string): string => {
    const book = file(name);
    writeHostileXlsx(book, { sheet: sheetOf(HEADED) });
    return book;
  };

  it('refuses an entry claiming 4 GB, and sizes or offsets past the end of the file', async () => {
    const claims4G = plain('claims-4g.xlsx');
    forgeDirectory(claims4G, { entry: 'xl/worksheets/sheet1.xml', size: 0xffffffff, compressedSize: 0xffffffff });
    expect(await refusal('subjects.importPreview', claims4G)).toMatchObject({
      code: 'INVALID_INPUT',
      message: TOO_BIG,
    });

    const almost4G = plain('almost-4g.xlsx');
    forgeDirectory(almost4G, { entry: 'xl/worksheets/sheet1.xml', size: 0xfffffff0 });
    expect(await refusal('collection.preview', almost4G)).toMatchObject({ code: 'INVALID_INPUT', message: TOO_BIG });

    const longData = plain('long-data.xlsx');
    forgeDirectory(longData, { entry: 'xl/worksheets/sheet1.xml', compressedSize: 0xfffffff0 });
    expect(await refusal('subjects.importPreview', longData)).toMatchObject({
      code: 'INVALID_INPUT',
      message: CORRUPT,
    });

    const farOffset = plain('far-offset.xlsx');
    forgeDirectory(farOffset, { entry: 'xl/workbook.xml', localHeaderOffset: 0x7fffffff });
    expect(await refusal('subjects.importPreview', farOffset)).toMatchObject({
      code: 'INVALID_INPUT',
      message: CORRUPT,
    });

    const farDirectory = plain('far-directory.xlsx');
    forgeDirectory(farDirectory, { dirOffset: 0xfffffff0 });
    expect(await refusal('collection.preview', farDirectory)).toMatchObject({
      code: 'INVALID_INPUT',
      message: CORRUPT,
    });
  });

  it('still imports the same file unforged', async () => {
    const preview = await ok('subjects.importPreview', {
      upload: upload(office.t.core, plain('plain.xlsx')),
    });
    expect(preview.counts).toMatchObject({ total: 1, fresh: 1, invalid: 0 });
  });
});

describe('invisible characters and impossible founding dates', () => {
  const preview = (f: string) => ok('subjects.importPreview', { upload: upload(office.t.core, f) });
  const storedNames = () =>
    office.t.core.db.select({ name: subjects.name, address: subjects.address }).from(subjects).all();

  it('stores an imported name without its NUL and override, and the re-import of its export shows it unchanged', async () => {
    const book = file('nul.xlsx');
    // _x0000_ is how Excel writes a NUL into a cell's text; U+202E (right-to-left override) goes in as it is.
    writeHostileXlsx(book, {
      sheet: sheetOf(
        `${inlineRow(1, HEADER)}${inlineRow(2, ['91350100M000100Y43', '示范_x0000_超市', '企业', '', '一街\u202e1号'])}`,
      ),
    });
    const staged = await preview(book);
    expect(staged.counts).toMatchObject({ total: 1, fresh: 1, invalid: 0 });
    await ok('subjects.importCommit', {
      token: staged.token,
      mode: 'valid',
    });
    expect(storedNames()).toEqual([{ name: '示范超市', address: '一街1号' }]);

    const exported = await ok('subjects.export', {});
    fs.copyFileSync(office.t.core.files.downloadPath(exported.download)!, file('again.xlsx'));
    expect((await preview(file('again.xlsx'))).counts).toEqual({
      total: 1,
      fresh: 0,
      changed: 0,
      unchanged: 1,
      invalid: 0,
    });
  });

  it('stores a form entry with U+202E and other controls clean', async () => {
    await ok('subjects.create', {
      uscc: '91350100M000100Y43',
      name: '示范\u202e超市\u2066有限\u0007公司',
      type: '企业',
    });
    expect(storedNames()).toEqual([{ name: '示范超市有限公司', address: '' }]);
    const found = await ok('subjects.list', { q: '示范超市' });
    expect(found.rows.map((r) => r.name)).toEqual(['示范超市有限公司']);
  });

  it('keeps tab and line breaks, which multi-line text fields hold', () => {
    expect(stripUnsafeChars('第一行\u0000\r\n\t第二行\u202a\u2069\u200f\u009b')).toBe('第一行\r\n\t第二行');
    expect(stripUnsafeDeep({ a: ['x\u202ey'], n: 1, b: null })).toEqual({ a: ['xy'], n: 1, b: null });
  });

  it('refuses founding dates before 1949-01-01 or after today, row by row', async () => {
    office.t.clock.set(new Date('2026-03-02T01:00:00Z'));
    const book = file('dates.xlsx');
    writeHostileXlsx(book, {
      sheet: sheetOf(
        [
          inlineRow(1, HEADER),
          inlineRow(2, ['91350100M000100Y43', '老字号', '企业', '', '', '', '1948-12-31']),
          inlineRow(3, ['914403001922038216', '未来公司', '企业', '', '', '', '2026-03-03']),
          inlineRow(4, ['91440300708461136T', '正常公司', '企业', '', '', '', '1949-01-01']),
        ].join(''),
      ),
    });
    const staged = await preview(book);
    expect(staged.counts).toMatchObject({ total: 3, fresh: 1, invalid: 2 });
    expect(staged.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, '成立日期', '成立日期 1948-12-31 早于 1949-01-01，请核对后重填。'],
      [3, '成立日期', '成立日期 2026-03-03 晚于今天（2026-03-02），请核对后重填。'],
    ]);
    const form = await resultOf(office.t.core, withToken(office.admin), 'subjects.create', {
      name: '未来个体户',
      type: '其他',
      establishedOn: '2030-01-01',
    });
    expect(form).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
