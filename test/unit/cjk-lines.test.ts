import { describe, expect, it } from 'vitest';
import { cjkLines } from '../../electron/core/pdf/cjk-lines';

const linesOf = (content: unknown): string[] => {
  if (typeof content === 'string') return [content];
  const node = content as { text?: string; stack?: { text: string; noWrap: boolean }[] };
  return node.stack ? node.stack.map((l) => l.text) : [node.text ?? ''];
};

describe('CJK cell lines', () => {
  it('cuts full-width text into lines of whole characters that fit the width', () => {
    const name = '固阳县金山镇新时代农牧业综合开发有限责任公司';
    const lines = linesOf(cjkLines(name, 105, 10.5));
    expect(lines.join('')).toBe(name);
    expect(lines.slice(0, -1).every((l) => l.length === 10)).toBe(true);
    expect(cjkLines('市场监管', 60, 10.5)).toEqual({ text: '市场监管', noWrap: true });
  });

  it('keeps closing punctuation off the start of a line', () => {
    const lines = linesOf(cjkLines('一二三四五六七八九十，十一十二', 105, 10.5));
    expect(lines.join('')).toBe('一二三四五六七八九十，十一十二');
    expect(lines.every((l) => !l.startsWith('，'))).toBe(true);
  });

  it('leaves text with Latin letters or digits to pdfmake, which measures it', () => {
    expect(cjkLines('第3分店ABC有限公司', 105, 10.5)).toBe('第3分店ABC有限公司');
    expect(cjkLines('一二三', 15, 10.5)).toBe('一二三');
  });
});
