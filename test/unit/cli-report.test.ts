import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, setUpOffice, type TestCore } from '../support/core';
import { runCli } from '../support/cli';
import { lockedTask } from '../support/results';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.cleanup());

const cli = (...args: string[]) => runCli(t.dir, ...args);

describe('CLI: report monthly', () => {
  // Ten child processes, each starting tsx and opening the core: a few seconds apiece on a busy two-core machine.
  it('writes the county or one department’s monthly report, and refuses an unknown department or a missing --out', async () => {
    await lockedTask(t.core, await setUpOffice(t.core));
    t.core.close();
    const out = path.join(t.dir, 'out', '月报表.xlsx');
    const county = cli('report', 'monthly', '--month', '2026-10', '--out', out);
    expect(county).toMatchObject({ code: 0 });
    expect(county.out).toContain('1 行');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('月报表')?.getCell('A1').text).toContain('2026年10月');

    expect(cli('report', 'monthly', '--month', '2026-10', '--dept', 'WJ', '--out', out).code).toBe(0);
    const unknown = cli('report', 'monthly', '--month', '2026-10', '--dept', 'NOPE', '--out', out);
    expect(unknown.code).toBe(1);
    expect(unknown.err + unknown.out).toContain('SCJG');
    expect(cli('report', 'monthly', '--month', '2026-13', '--out', out).code).toBe(1);
    expect(cli('report', 'monthly', '--month', '2026-10').code).toBe(64);
    expect(cli('report', 'summary', '--period', '2026H2', '--out', out).code).toBe(0);
    expect(cli('report', 'summary', '--period', '26', '--out', out).code).toBe(1);
    expect(cli('report', 'summary', '--out', out).code).toBe(64);
    fs.rmSync(out, { force: true });
  }, 120_000);
});
