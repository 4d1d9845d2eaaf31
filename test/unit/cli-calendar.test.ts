import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { makeTempDir } from '../support/core';

const dir = makeTempDir('ssj-cli-calendar-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(dir, ...args);
const NOTICES = path.resolve(__dirname, '../fixtures/holiday-notices');
const notice = (name: string) => path.join(NOTICES, name);

describe('CLI: calendar', () => {
  it('adds working days over holidays and make-up weekends, and says whether a day is worked', () => {
    expect(cli('calendar', 'add', '2026-02-13', '1')).toMatchObject({ code: 0, out: '2026-02-14' });
    expect(cli('calendar', 'add', '2026-09-30', '3')).toMatchObject({ code: 0, out: '2026-10-10' });
    expect(cli('calendar', 'is-workday', '2026-10-10')).toMatchObject({ code: 0, out: '是' });
    expect(cli('calendar', 'is-workday', '2026-10-05')).toMatchObject({ code: 1, out: '否' });
  });

  it('refuses uncovered years and bad input with a message, and usage errors with 64', () => {
    const beyond = cli('calendar', 'add', '2026-12-30', '5');
    expect(beyond.code).toBe(1);
    expect(beyond.err).toContain('2027 年');
    expect(cli('calendar', 'is-workday', '2026-02-30').code).toBe(1);
    expect(cli('calendar', 'add', '2026-01-05').code).toBe(64);
    expect(cli('calendar', 'add', '2026-01-05', 'x').code).toBe(64);
  });

  it('parse-notice prints one line a day and saves nothing; GBK and a BOM read the same as UTF-8', () => {
    const parsed = cli('calendar', 'parse-notice', notice('2026.txt'), '--year', '2026');
    expect(parsed.code).toBe(0);
    const lines = parsed.out.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '2026-01-01 放假 元旦',
      '2026-01-02 放假 元旦',
      '2026-01-03 放假 元旦',
      '2026-01-04 上班 元旦',
      '2026-02-14 上班 春节',
    ]);
    expect(lines).toContain('2026-10-10 上班 国庆节');
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d{2}-\d{2} (放假|上班)( \S+)?$/);

    const utf8 = cli('calendar', 'parse-notice', notice('composed-2027.txt'), '--year', '2027');
    expect(utf8.code).toBe(0);
    expect(utf8.out).toContain('2027-01-31 上班 春节');
    expect(cli('calendar', 'parse-notice', notice('composed-2027.gbk.txt'), '--year', '2027').out).toBe(utf8.out);
    const bom = path.join(dir, 'bom.txt');
    fs.writeFileSync(
      bom,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(notice('composed-2027.txt'))]),
    );
    expect(cli('calendar', 'parse-notice', bom, '--year', '2027').out).toBe(utf8.out);
    // Nothing was saved: 2027 is still not in the calendar.
    expect(cli('calendar', 'is-workday', '2027-01-04').code).toBe(1);
  });

  it('parse-notice exits 1 without an arrangement for the year, 64 on usage mistakes', () => {
    const other = cli('calendar', 'parse-notice', notice('2026.txt'), '--year', '2027');
    expect(other).toMatchObject({ code: 1, out: '' });
    expect(other.err).toContain('2026 年的节假日安排通知');
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '请各部门安排好节日值班。');
    expect(cli('calendar', 'parse-notice', empty, '--year', '2027').err).toContain('没有找到 2027 年');
    for (const args of [
      ['calendar', 'parse-notice', '--year', '2027'],
      ['calendar', 'parse-notice', notice('2026.txt')],
      ['calendar', 'parse-notice', notice('2026.txt'), '--year', '27'],
      ['calendar', 'parse-notice', notice('2026.txt'), '--year', '2026', '--bogus'],
      ['calendar', 'parse-notice', notice('2026.txt'), '--year', '2026', '--replace'],
      ['calendar', 'parse-notice', path.join(dir, 'missing.txt'), '--year', '2027'],
    ]) {
      const result = cli(...args);
      expect(result.code, args.join(' ')).toBe(64);
      expect(result.err, args.join(' ')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('parse-notice --save adds the year, refuses it a second time unless --replace', () => {
    expect(cli('calendar', 'add', '2026-12-25', '10').code).toBe(1);
    const saved = cli('calendar', 'parse-notice', notice('composed-2027.txt'), '--year', '2027', '--save');
    expect(saved.code).toBe(0);
    expect(saved.err).toContain('已保存 2027 年：放假 29 天，调休上班 6 天');
    expect(cli('calendar', 'add', '2026-12-25', '10')).toMatchObject({ code: 0, out: '2027-01-11' });
    expect(cli('calendar', 'is-workday', '2027-01-31')).toMatchObject({ code: 0, out: '是' });

    const again = cli('calendar', 'parse-notice', notice('composed-2027.txt'), '--year', '2027', '--save');
    expect(again.code).toBe(1);
    expect(again.err).toContain('已有 2027 年（来源：国务院办公厅通知（粘贴解析））');
    expect(again.err).toContain('--replace');
    expect(cli('calendar', 'parse-notice', notice('2026.txt'), '--year', '2026', '--save', '--replace').code).toBe(0);
  }, 180_000);
});
