import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { openCore } from '../electron/core/app';
import type { Caller } from '../electron/core/context';
import type { MethodOutput } from '../electron/core/contract';
import { tidySearchIndex } from '../electron/core/subjects/fts';

/**
 * One measured task in a process of its own, so its peak RSS is its own: `tsx bench/child.ts TASK DATA_DIR FILE`.
 * Prints { seconds, rows, maxRssMB, afterSeconds } as JSON (for 'tidy', rows counts the merge steps; for 'import',
 * afterSeconds is the close that digests the imported rows for the audit trail, work the app does while idle).
 */
const CALLER: Caller = {
  door: 'cli',
  local: true,
  actor: { id: null, username: 'bench', displayName: 'bench', role: 'admin', departmentId: null },
};

async function call<T>(core: ReturnType<typeof openCore>, method: string, input: unknown): Promise<T> {
  const result = await core.call(CALLER, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function main(): Promise<void> {
  const [task, dataDir, file] = process.argv.slice(2) as [string, string, string];
  const started = performance.now();
  let rows = 0;
  let ended: number | null = null;
  if (task === 'import') {
    const core = openCore({ dataDir });
    const upload = core.files.newUpload('bench.xlsx');
    fs.copyFileSync(file, upload.path);
    const preview = await call<MethodOutput<'subjects.importPreview'>>(core, 'subjects.importPreview', {
      upload: upload.id,
    });
    const counts = await call<MethodOutput<'subjects.importCommit'>>(core, 'subjects.importCommit', {
      token: preview.token,
      mode: 'valid',
    });
    rows = counts.fresh + counts.changed + counts.unchanged;
    ended = performance.now();
    core.close();
  } else if (task === 'tidy') {
    // What the app's idle upkeep does after an import: merge the search index's segments until none are left to merge.
    const core = openCore({ dataDir });
    rows = tidySearchIndex(core.db);
    core.close();
  } else if (task === 'exceljs-read') {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      styles: 'ignore',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const sheet of reader) for await (const _row of sheet) rows += 1;
  } else if (task === 'export') {
    const core = openCore({ dataDir });
    const result = await call<MethodOutput<'subjects.export'>>(core, 'subjects.export', JSON.parse(file) as object);
    rows = result.count;
    fs.rmSync(core.files.downloadPath(result.download) ?? '', { force: true });
    core.close();
  } else if (task === 'exceljs-export') {
    // The naive way: every row in memory, then the whole workbook written at once.
    const core = openCore({ dataDir });
    const filter = JSON.parse(file) as { riskClass: string };
    const all = core.db.$client
      .prepare('SELECT * FROM subjects WHERE risk_class = ? ORDER BY id')
      .all(filter.riskClass) as Record<string, unknown>[];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('检查对象');
    for (const r of all)
      ws.addRow([
        r.uscc,
        r.name,
        r.type,
        r.legal_rep,
        r.address,
        r.region_code,
        r.industry_code,
        r.licences,
        r.reg_status,
        r.established_on,
        r.risk_class,
        r.abnormal,
        r.serious_illegal,
        r.penalized_3y,
        r.tags,
        r.department_ids,
      ]);
    await wb.xlsx.writeFile(`${dataDir}/naive-export.xlsx`);
    rows = all.length;
    core.close();
  }
  const now = performance.now();
  const seconds = ((ended ?? now) - started) / 1000;
  const afterSeconds = ended === null ? 0 : (now - ended) / 1000;
  console.log(JSON.stringify({ seconds, rows, afterSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
