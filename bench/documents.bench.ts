import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../electron/core/app';
import type { MethodOutput } from '../electron/core/contract';
import { percentiles, seconds, type Figure } from './harness';
import { countyWithBigTask, entriesOf } from './results.bench';

const CALLER = {
  door: 'cli' as const,
  local: true,
  actor: { id: null, username: 'bench', displayName: 'bench', role: 'admin' as const, departmentId: null },
};
const NOW = new Date('2026-11-02T02:00:00Z');
const LISTED_SUBJECTS = 1_000;
const NOTICES = 500;

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(CALLER, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** Runs a document method, removes the file it wrote and returns its size in bytes. */
async function documentSize(core: Core, method: string, input: unknown): Promise<number> {
  const out = await ok<{ download: string }>(core, method, input);
  const file = core.files.downloadPath(out.download) ?? '';
  const size = fs.statSync(file).size;
  fs.rmSync(file, { force: true });
  return size;
}

/**
 * PDFs on the big task of the results bench (5,000 subjects, locked and matched): the public list of 1,000 subjects'
 * published results (2,000 rows) and the notices of 500 subjects in one file.
 */
export async function documentsFigures(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-documents-'));
  try {
    const { taskId } = await countyWithBigTask(dir);
    const core = openCore({ dataDir: dir, clock: { now: () => NOW } });
    try {
      const sheet = await ok<MethodOutput<'results.sheet'>>(core, 'results.sheet', { taskId });
      const listed = new Set([...new Set(sheet.rows.map((r) => r.subjectId))].slice(0, LISTED_SUBJECTS));
      const entries = entriesOf(sheet, taskId).filter((e) => listed.has(e.subjectId));
      await ok(core, 'results.enterMany', { entries });
      await ok(core, 'results.publish', { taskId, publishedOn: '2026-11-02' });
      // One run first reads the fonts from disk and warms the code; the figure is the warm p50 the office sees after.
      let listBytes = await documentSize(core, 'documents.resultList', { taskId });
      const list = await percentiles(3, async () => {
        listBytes = await documentSize(core, 'documents.resultList', { taskId });
      });
      const listExcel = await percentiles(3, () => documentSize(core, 'results.exportPublished', { taskId }));

      const subjectIds = [...listed].slice(0, NOTICES);
      const notices = await percentiles(3, () => documentSize(core, 'documents.notices', { taskId, subjectIds }));
      // The naive way: one PDF per subject (50 timed, scaled to the 500).
      const sample = subjectIds.slice(0, 50);
      const onePerSubject =
        (await seconds(async () => {
          for (const id of sample) await documentSize(core, 'documents.notices', { taskId, subjectIds: [id] });
        })) *
        (NOTICES / sample.length);
      return [
        {
          name: `结果公示清单 PDF（${LISTED_SUBJECTS.toLocaleString('zh-CN')} 户、${entries.length.toLocaleString('zh-CN')} 条）p50`,
          unit: 's',
          value: list.p50 / 1000,
          target: '≤ 2',
          baseline: listExcel.p50 / 1000,
          baselineLabel: '同一清单导出为 Excel（results.exportPublished）',
        },
        {
          name: '结果公示清单 PDF 文件大小',
          unit: 'MB',
          value: listBytes / 1024 / 1024,
          target: '≤ 1',
          baseline: null,
          baselineLabel: '—',
        },
        {
          name: `抽查通知书 ${NOTICES} 户合成一个 PDF p50`,
          unit: 's',
          value: notices.p50 / 1000,
          target: '≤ 5',
          baseline: onePerSubject,
          baselineLabel: '每户单独生成一个 PDF（测 50 户折算）',
        },
      ];
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
