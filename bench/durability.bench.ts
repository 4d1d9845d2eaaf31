import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../electron/core/app';
import type { MethodOutput } from '../electron/core/contract';
import { percentiles, seconds, type Figure } from './harness';
import { countyWithBigTask, entriesOf } from './results.bench';
import { importWorkbook } from './subjects.bench';

const CALLER = {
  door: 'cli' as const,
  local: true,
  actor: { id: null, username: 'bench', displayName: 'bench', role: 'admin' as const, departmentId: null },
};
const NOW = new Date('2026-11-02T02:00:00Z');
const SINGLE = 500;
const IMPORT_ROWS = 20_000;

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(CALLER, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

interface WritePaths {
  smallWrite: number;
  resultEnter: number;
  enterMany: number;
  importRate: number;
}

/** The bench's write paths on one copy of the county, with the connection's `synchronous` as the app sets it or as told. */
async function measure(dir: string, book: string, synchronous: 'app' | 'NORMAL'): Promise<WritePaths> {
  const core = openCore({ dataDir: dir, clock: { now: () => NOW } });
  try {
    if (synchronous !== 'app') core.db.$client.pragma(`synchronous = ${synchronous}`);
    let n = 0;
    const small = await percentiles(500, () => ok(core, 'settings.set', { key: 'bench.value', value: n++ }));
    const taskId = core.db.$client.prepare('SELECT id FROM tasks ORDER BY id LIMIT 1').pluck().get() as number;
    const entries = entriesOf(await ok(core, 'results.sheet', { taskId }), taskId);
    let i = 0;
    const single = await percentiles(SINGLE, () => ok(core, 'results.enter', entries[i++]));
    const enterMany = await seconds(() => ok(core, 'results.enterMany', { entries: entries.slice(SINGLE) }));
    const upload = core.files.newUpload('durability.xlsx');
    fs.copyFileSync(book, upload.path);
    const imported = await seconds(async () => {
      const preview = await ok<MethodOutput<'subjects.importPreview'>>(core, 'subjects.importPreview', {
        upload: upload.id,
      });
      await ok(core, 'subjects.importCommit', { token: preview.token, mode: 'valid' });
    });
    return {
      smallWrite: small.p95,
      resultEnter: single.p95,
      enterMany,
      importRate: IMPORT_ROWS / imported,
    };
  } finally {
    core.close();
  }
}

/**
 * What waiting for the disk on every commit (synchronous = FULL, so a committed write survives a power cut) costs on
 * the bench's write paths, against NORMAL (survives a crash of the app, not of the machine), on two copies of one county.
 */
export async function durabilityFigures(): Promise<Figure[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-durability-'));
  try {
    const [full, normal] = ['full', 'normal'].map((name) => path.join(root, name)) as [string, string];
    await countyWithBigTask(full);
    fs.mkdirSync(normal);
    fs.copyFileSync(path.join(full, 'app.db'), path.join(normal, 'app.db'));
    const book = path.join(root, 'import.xlsx');
    await importWorkbook(book, IMPORT_ROWS);
    const app = await measure(full, book, 'app');
    const base = await measure(normal, book, 'NORMAL');
    const label = 'synchronous = NORMAL（断电可能丢失最近提交）';
    return [
      {
        name: 'dispatch 小写入（settings.set）p95，synchronous = FULL',
        unit: 'ms',
        value: app.smallWrite,
        target: '—',
        baseline: base.smallWrite,
        baselineLabel: label,
      },
      {
        name: '逐条录入结果（results.enter）p95，synchronous = FULL',
        unit: 'ms',
        value: app.resultEnter,
        target: '—',
        baseline: base.resultEnter,
        baselineLabel: label,
      },
      {
        name: `一次录入 ${(10_000 - SINGLE).toLocaleString('zh-CN')} 条结果，synchronous = FULL`,
        unit: 's',
        value: app.enterMany,
        target: '≤ 2',
        baseline: base.enterMany,
        baselineLabel: label,
      },
      {
        name: `导入 ${IMPORT_ROWS.toLocaleString('zh-CN')} 行 xlsx（预览+导入），synchronous = FULL`,
        unit: '行/秒',
        value: app.importRate,
        target: '≥ 30000',
        baseline: base.importRate,
        baselineLabel: label,
      },
    ];
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** `tsx bench/durability.bench.ts` runs this section alone. */
if (require.main === module) {
  void import('./harness').then(async ({ printFigures }) =>
    printFigures('耐久：每次提交落盘（synchronous = FULL）', await durabilityFigures()),
  );
}
