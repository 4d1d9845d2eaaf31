import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellDate, cellFlag, cellList, cellText, foldText } from '../../electron/core/excel/cells';
import { WorkbookFileError, XlsxReader } from '../../electron/core/excel/xlsx-reader';
import { makeTempDir } from '../support/core';
import { rawRow, writeRawXlsx, writeWorkbook } from '../support/xlsx';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('ssj-xlsx-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readAll(file: string) {
  const reader = await XlsxReader.open(file);
  const merges: string[] = [];
  const rows = [];
  for await (const row of reader.rows(reader.sheets[0]!, merges)) rows.push(row);
  reader.close();
  return { rows, merges, sheets: reader.sheets };
}

describe('xlsx reader', () => {
  it('reads shared strings, numbers, booleans, dates and skips empty rows', async () => {
    const file = path.join(dir, 'a.xlsx');
    await writeWorkbook(file, [
      {
        name: '对象',
        rows: [
          ['名称', '数量', '是否'],
          [],
          ['甲 & 乙 <公司>', 3.5, true],
          [null, null, null],
          ['丙', new Date(Date.UTC(2015, 2, 2)), false],
        ],
      },
    ]);
    const { rows, sheets } = await readAll(file);
    expect(sheets.map((s) => s.name)).toEqual(['对象']);
    expect(rows.map((r) => r.row)).toEqual([1, 3, 5]);
    expect(rows[1]?.cells).toEqual(['甲 & 乙 <公司>', 3.5, true]);
    expect(cellDate(rows[2]?.cells[1] ?? null)).toBe('2015-03-02');
  });

  it('reports formulas and merged ranges', async () => {
    const file = path.join(dir, 'f.xlsx');
    writeRawXlsx(file, `${rawRow(1, ['名称'])}<row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row>`, {
      merges: ['A1:C1'],
    });
    const { rows, merges } = await readAll(file);
    expect(rows[1]?.formulaColumns).toEqual([0]);
    expect(merges).toEqual(['A1:C1']);
  });

  it('keeps visible text of rich text and drops phonetic guides', async () => {
    const file = path.join(dir, 'r.xlsx');
    writeRawXlsx(file, '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
      sharedStrings: ['<r><t>固阳</t></r><r><t>县</t></r><rPh><t>gu</t></rPh>'],
    });
    const reader = await XlsxReader.open(file);
    const rows = [];
    for await (const row of reader.rows(reader.sheets[0]!)) rows.push(row);
    reader.close();
    expect(rows[0]?.cells[0]).toBe('固阳县');
  });

  it('reads every kind of shared-string item and cell, in place or the general way alike', async () => {
    const file = path.join(dir, 's.xlsx');
    const cells = [
      '<c r="A1" t="s"><v>0</v></c>', // plain item, read in place
      '<c r="B1" s="3" t="s"><v>1</v></c>', // empty item <si/>
      '<c r="C1" t="s"><v>2</v></c>', // entities
      '<c r="D1" t="s"><v>3</v></c>', // preserved spaces
      '<c r="E1" t="s"><v>4</v></c>', // Excel's _xHHHH_ escape
      '<c r="F1" t="s"><f>A1</f><v>0</v></c>', // a formula: never in place
      '<c r="H1" t="n"><v>12.5</v></c>',
      '<c r="I1" t="s"><v>5</v></c>', // rich text runs
    ];
    writeRawXlsx(file, `<row r="1">${cells.join('')}</row>`, {
      sharedStrings: [
        '甲&lt;乙',
        '<si/>',
        '<t>A&amp;B</t>',
        '<t xml:space="preserve"> 丙 </t>',
        '<t>行1_x000D_行2</t>',
        '<r><t>固</t></r><r><t>阳</t></r>',
      ],
    });
    const reader = await XlsxReader.open(file);
    const rows = [];
    for await (const row of reader.rows(reader.sheets[0]!)) rows.push(row);
    reader.close();
    expect(rows[0]?.cells).toEqual(['甲<乙', '', 'A&B', ' 丙 ', '行1\r行2', '甲<乙', null, 12.5, '固阳']);
    expect(rows[0]?.formulaColumns).toEqual([5]);
  });

  const refusals: [string, (file: string) => void, RegExp][] = [
    ['an empty file', (f) => fs.writeFileSync(f, ''), /文件是空的/],
    ['a text file renamed .xlsx', (f) => fs.writeFileSync(f, '名称,地址\n甲,乙\n'), /不是 Excel 文件/],
    [
      'an encrypted workbook',
      (f) =>
        fs.writeFileSync(
          f,
          Buffer.concat([
            Buffer.from('d0cf11e0a1b11ae1', 'hex'),
            Buffer.alloc(500),
            Buffer.from('EncryptionInfo', 'utf16le'),
          ]),
        ),
      /加密/,
    ],
    [
      'an old .xls',
      (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(500)])),
      /旧版 Excel/,
    ],
    [
      'a truncated zip',
      (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(100)])),
      /损坏/,
    ],
  ];
  for (const [what, make, message] of refusals) {
    it(`refuses ${what} with a Chinese message`, async () => {
      const file = path.join(dir, 'bad.xlsx');
      make(file);
      await expect(XlsxReader.open(file)).rejects.toThrow(WorkbookFileError);
      await expect(XlsxReader.open(file)).rejects.toThrow(message);
    });
  }
});

describe('cell normalisation', () => {
  it('folds full-width characters and whitespace', () => {
    expect(cellText('  ＡＢＣ１２３\u3000有限  公司（分店） ')).toBe('ABC123 有限 公司（分店）');
  });

  it('skips the folding only for text the folding would leave as it is', () => {
    // Strings built from the characters the folding cares about, mixed with ordinary ones.
    const tricky = fc.constantFrom(
      ' ',
      '  ',
      '\u3000',
      '\u00a0',
      '\t',
      '\n',
      '\u2003',
      '\ufeff',
      "'",
      '=',
      'Ａ',
      '１',
      '（',
      '有',
      'a',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.string()), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(cellText(text)).toBe(foldText(text));
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });

  it('reads dates typed as text or stored as serials, and refuses impossible ones', () => {
    expect(cellDate(42065)).toBe('2015-03-02');
    for (const text of ['2015-03-02', '2015/3/2', '2015.3.2', '2015年3月2日', '20150302'])
      expect(cellDate(text), text).toBe('2015-03-02');
    for (const text of ['2015-02-30', '02/03/2015', '去年', '', '2015-13-01', '+015-03-02', '2015-0x-02', '2015-03-0.'])
      expect(cellDate(text), text).toBeNull();
  });

  it('reads 是/否 flags and lists', () => {
    expect([cellFlag('是'), cellFlag('Y'), cellFlag('否'), cellFlag(''), cellFlag('也许')]).toEqual([
      true,
      true,
      false,
      false,
      null,
    ]);
    expect(cellList('食品；小微、重点;食品')).toEqual(['食品', '小微', '重点']);
  });
});
