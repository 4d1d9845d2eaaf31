import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from '../../electron/core/export/safe-text';

describe('formula-safe export text', () => {
  it('prefixes text a spreadsheet would execute', () => {
    for (const text of ['=1+1', '+86 123', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd']) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['固阳县市场监督管理局', '91150222MA0N0XXXXX', '', 'a=b'])
      expect(neutralizeFormula(text)).toBe(text);
  });

  it('quotes separators and keeps numbers as numbers', () => {
    const csv = toCsv(
      ['名称', '数量'],
      [
        ['甲,乙 "丙"', 3],
        ['=evil()', null],
      ],
    );
    expect(csv).toBe('\uFEFF名称,数量\r\n"甲,乙 ""丙""",3\r\n\'=evil(),\r\n');
  });
});
