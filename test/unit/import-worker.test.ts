import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportRows, type CheckedRows } from '../../electron/core/excel/import-rows';
import { RowWorker, workerScript, type WorkerScript } from '../../electron/core/excel/row-worker';
import { subjectSheet } from '../../electron/core/subjects/sheet';
import type { SubjectValues } from '../../electron/core/subjects/store';
import { makeTempDir } from '../support/core';
import { testUscc } from '../support/draws';
import { HEADER } from '../support/subjects';
import { writeWorkbook } from '../support/xlsx';

const SUBJECTS_DIR = path.resolve(__dirname, '../../electron/core/subjects');
const DEPARTMENTS = new Map([['县市场监管局', 1]]);
const TODAY = '2026-11-02';

let dir: string;
let book: string;
beforeAll(async () => {
  // Enough rows for dozens of runs of row XML (each about an inflated megabyte), with bad rows throughout and a
  // duplicate of the first row near the end, so results from both threads must be folded in file order.
  dir = makeTempDir();
  book = path.join(dir, 'big.xlsx');
  const rows: (string | number)[][] = [HEADER];
  for (let n = 1; n <= 12_000; n += 1) {
    const long = '内蒙古自治区包头市固阳县金山镇阿塔山街道某某社区某某路'.repeat(4);
    rows.push([
      testUscc(n),
      `固阳县第${n}商行`,
      '企业',
      '张三',
      `${long}${n} 号`,
      'F5211',
      '2015-03-02',
      'B',
      '食品',
      '',
    ]);
    if (n % 1000 === 0) rows.push([`BAD${n}`, '坏行', '企业', '', '', '', '', 'Z', '', '']);
  }
  rows.push([testUscc(1), '重复的第一行', '企业', '', '', '', '', '', '', '县市场监管局']);
  await writeWorkbook(book, [{ name: '检查对象', rows }]);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const script = (): WorkerScript | null => workerScript(SUBJECTS_DIR, 'import-worker', 'subjects-import-worker');

/** Counts the runs handed to the worker, and those of them that had to be checked here after all. */
class CountingWorker extends RowWorker<never, SubjectValues> {
  sent = 0;
  fellBack = 0;
  override check(xml: Buffer, here: (xml: Buffer) => CheckedRows<SubjectValues>) {
    this.sent += 1;
    return super.check(xml, (run) => {
      this.fellBack += 1;
      return here(run);
    });
  }
}

const start = () => ({ path: book, config: { departments: [...DEPARTMENTS], today: TODAY } });

describe('import on two threads', () => {
  it('finds the worker’s source from the repository and the bundle’s file beside a built main script', () => {
    expect(script()).toMatchObject({ eval: true, code: expect.stringContaining('import-worker.ts') as string });
    const built = makeTempDir();
    fs.writeFileSync(path.join(built, 'subjects-import-worker.js'), '');
    expect(workerScript(built, 'import-worker', 'subjects-import-worker')).toEqual({
      code: path.join(built, 'subjects-import-worker.js'),
      eval: false,
    });
    expect(workerScript(makeTempDir(), 'import-worker', 'subjects-import-worker')).toBeNull();
    expect(fs.readFileSync(path.resolve(__dirname, '../../electron.vite.config.ts'), 'utf8')).toContain(
      "'subjects-import-worker': resolve(__dirname, 'electron/core/subjects/import-worker.ts')",
    );
  });

  it('reads the same rows, errors and duplicates as one thread, with the worker checking part of them', async () => {
    const alone = await readImportRows(book, subjectSheet(DEPARTMENTS, TODAY));
    const worker = new CountingWorker(script(), start());
    const shared = await readImportRows(book, subjectSheet(DEPARTMENTS, TODAY), { worker });
    expect(worker.sent).toBeGreaterThan(0);
    expect(worker.fellBack).toBe(0);
    expect(shared).toEqual(alone);
    expect(alone.records).toHaveLength(12_000);
    expect(alone.total).toBe(12_013);
    expect(alone.errors.at(-1)).toMatchObject({
      row: 12_014,
      message: '与第 2 行的统一社会信用代码重复，请删除重复行。',
    });
    expect(alone.records[11_999]?.record).toContain('gyxd12000sh');
  });

  it('checks everything on this thread when the worker cannot run', async () => {
    const broken = new CountingWorker({ code: 'throw new Error("no worker here")', eval: true }, start());
    const read = await readImportRows(book, subjectSheet(DEPARTMENTS, TODAY), { worker: broken });
    expect(read.records).toHaveLength(12_000);
    expect(read.invalid).toBe(13);
    expect(broken.fellBack).toBe(broken.sent);
  });
});
