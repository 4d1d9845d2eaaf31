import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/core';
import { HEADER } from '../support/subjects';
import { writeWorkbook } from '../support/xlsx';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function cli(args: string[]) {
  const result = spawnSync(TSX, ['electron/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let dir: string;
let book: string;
const subjectCount = (): number => {
  const db = new Database(path.join(dir, 'app.db'), { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;
  db.close();
  return n;
};

beforeEach(async () => {
  dir = makeTempDir('ssj-cli-subjects-');
  book = path.join(dir, 'in.xlsx');
  await writeWorkbook(book, [
    {
      name: 'Sheet1',
      rows: [
        HEADER,
        ['91350100M000100Y43', '示范超市', '企业', '王五', '一街 1 号', 'F5211', '2015-03-02', 'B', '', ''],
        ['91350100M000100Y44', '错码公司', '企业', '', '', '', '', '', '', ''],
        ['914403001922038216', '华为技术有限公司', '企业', '', '', '', '', 'A', '', ''],
      ],
    },
  ]);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('CLI: subjects', () => {
  it('--dry-run prints the preview counts, commits nothing, and exits 2 for invalid rows', () => {
    const r = cli(['subjects', 'import', book, '--dry-run', '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('预览（未导入）：共 3 行：新增 2，变更 0，未变 0，有误 1');
    expect(r.err).toContain('第 3 行「统一社会信用代码」');
    expect(subjectCount()).toBe(0);
  });

  it('--strict commits nothing when a row is invalid', () => {
    const r = cli(['subjects', 'import', book, '--strict', '--data', dir]);
    expect(r.code).toBe(2);
    expect(subjectCount()).toBe(0);
  });

  it('by default commits the valid rows, lists the invalid ones, and exits 2', () => {
    const r = cli(['subjects', 'import', book, '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('已导入：共 3 行：新增 2');
    expect(r.err).toMatch(/第 3 行「统一社会信用代码」：.*第 18 位校验码应为“3”/);
    expect(subjectCount()).toBe(2);
  });

  it('exits 0 for a clean file and 1 for an unreadable one', () => {
    const clean = path.join(dir, 'clean.xlsx');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    expect(cli(['subjects', 'import', path.join(dir, 'notes.txt'), '--data', dir]).err).toContain('不是 Excel 文件');
    return writeWorkbook(clean, [{ name: 'Sheet1', rows: [HEADER, ['914403001922038216', '华为技术有限公司']] }]).then(
      () => {
        const r = cli(['subjects', 'import', clean, '--data', dir]);
        expect(r.code).toBe(0);
        expect(cli(['subjects', 'import', path.join(dir, 'notes.txt'), '--data', dir]).code).toBe(1);
      },
    );
  });

  it('exports a filtered list to a workbook', async () => {
    cli(['subjects', 'import', book, '--data', dir]);
    const out = path.join(dir, 'out', 'a.xlsx');
    const r = cli(['subjects', 'export', out, '--risk', 'A', '--data', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已导出 1 条');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]?.getCell('B2').value).toBe('华为技术有限公司');
  });

  it('uscc check prints each verdict and exits 1 if any is invalid', () => {
    const ok = cli(['uscc', 'check', '91350100M000100Y43', '914403001922038216', '--data', dir]);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('91350100M000100Y43\t有效\n914403001922038216\t有效\n');
    const bad = cli(['uscc', 'check', '91350100M000100Y43', '91350100M000100Y44', '--data', dir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('91350100M000100Y44\t无效\t第 18 位校验码应为“3”，实际为“4”');
  });

  it('demo fills an empty directory with valid subjects and refuses a second run', () => {
    const r = cli(['demo', '--subjects', '300', '--data', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('检查对象 300 个，抽查事项 200 项，执法人员 150 名，专家 20 名');
    const db = new Database(path.join(dir, 'app.db'), { readonly: true });
    const codes = (db.prepare('SELECT uscc FROM subjects').all() as { uscc: string }[]).map((s) => s.uscc);
    const general = db
      .prepare("SELECT count(*) AS n FROM check_item_versions WHERE category = 'general' AND ratio_cap IS NULL")
      .get() as { n: number };
    expect(general.n).toBe(0);
    db.close();
    const check = cli(['uscc', 'check', ...codes.slice(0, 100), '--data', dir]);
    expect(check.code).toBe(0);
    expect(cli(['demo', '--subjects', '10', '--data', dir]).code).toBe(1);
  });
});
