import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openCore } from '../electron/core/app';
import type { Caller } from '../electron/core/context';
import { DemoRandom } from '../electron/core/demo/random';
import { demoSubjects } from '../electron/core/demo/subjects';
import { SUBJECT_COLUMNS } from '../electron/core/subjects/columns';
import { COUNT_CAP } from '../electron/core/subjects/queries';
import { demoDirectory, run, workCopy } from './demo-dir';
import { percentiles, type Figure } from './harness';

const IMPORT_ROWS = 100_000;
const CALLER: Caller = {
  door: 'cli',
  local: true,
  actor: { id: null, username: 'bench', displayName: 'bench', role: 'admin', departmentId: null },
};

const child = (task: string, dir: string, arg: string) =>
  JSON.parse(run(['bench/child.ts', task, dir, arg]).trim().split('\n').at(-1) ?? '{}') as {
    seconds: number;
    rows: number;
    maxRssMB: number;
    afterSeconds: number;
  };

/** New subjects of a neighbouring county (100,000 unless told), in the template's layout. */
export async function importWorkbook(file: string, count = IMPORT_ROWS): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('检查对象');
  ws.addRow(SUBJECT_COLUMNS.map((c) => c.label)).commit();
  for (const r of demoSubjects(new DemoRandom(99), { count, countyName: '达茂旗', regionCode: '150223' }, new Map())) {
    ws.addRow([
      r.uscc,
      r.name,
      r.type,
      r.legalRep,
      r.address,
      r.regionCode,
      r.industryCode,
      r.licences.join('；'),
      r.regStatus,
      r.establishedOn,
      r.riskClass,
      r.abnormal ? '是' : '否',
      r.seriousIllegal ? '是' : '否',
      r.penalized3y ? '是' : '否',
      r.tags.join('；'),
      '',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

export async function subjectsFigures(): Promise<Figure[]> {
  const demo = demoDirectory();
  const work = workCopy(demo);
  try {
    const book = path.join(work, 'import.xlsx');
    await importWorkbook(book);

    const imported = child('import', work, book);
    const tidied = child('tidy', work, '');
    const parsed = child('exceljs-read', work, book);

    const core = openCore({ dataDir: work });
    const names = core.db.$client
      .prepare('SELECT name, address, name_initials AS initials FROM subjects WHERE id % 9973 = 0')
      .all() as {
      name: string;
      address: string;
      initials: string;
    }[];
    const random = new DemoRandom(7);
    const substrings = Array.from({ length: 200 }, () => {
      const s = random.pick(names);
      const text = random.chance(0.5) ? s.name : s.address;
      const start = random.int(Math.max(1, text.length - 4));
      return text.slice(start, start + 3 + random.int(2));
    });
    const initials = Array.from({ length: 200 }, () => {
      const s = random.pick(names).initials;
      const start = random.int(Math.max(1, s.length - 4));
      return s.slice(start, start + 4);
    });
    const list = (input: object) => core.call(CALLER, 'subjects.list', { pageSize: 50, ...input });
    let i = 0;
    const nameSearch = await percentiles(200, () => list({ q: substrings[i++ % substrings.length] }));
    i = 0;
    const pinyinSearch = await percentiles(200, () => list({ q: initials[i++ % initials.length] }));
    const like = core.db.$client.prepare(
      "SELECT * FROM subjects WHERE name LIKE '%' || ? || '%' OR address LIKE '%' || ? || '%' ORDER BY id DESC LIMIT 50",
    );
    i = 0;
    const likeSearch = await percentiles(30, () => {
      const q = substrings[i++ % substrings.length];
      return like.all(q, q);
    });

    const filters = [
      { riskClass: 'C', industryCode: 'F52' },
      { tag: '食品', riskClass: 'D' },
      { regStatus: '注销' },
      { departmentId: 17 },
      { type: '农民专业合作社', abnormal: true },
    ];
    i = 0;
    const page = await percentiles(100, () => list(filters[i++ % filters.length] as object));
    i = 0;
    const counted = await percentiles(50, () => core.call(CALLER, 'subjects.count', filters[i++ % filters.length]));
    const naive = core.db.$client.prepare(
      "SELECT * FROM subjects WHERE risk_class = 'C' AND industry_code LIKE 'F52%' ORDER BY id DESC",
    );
    const naivePage = await percentiles(10, () => naive.all().slice(0, 50));
    core.close();

    const exported = child('export', work, JSON.stringify({ riskClass: 'C' }));
    const naiveExport = child('exceljs-export', work, JSON.stringify({ riskClass: 'C' }));

    const rate = (r: { seconds: number; rows: number }) => r.rows / r.seconds;
    return [
      {
        name: `导入 ${IMPORT_ROWS.toLocaleString('zh-CN')} 行 xlsx（百万目录，端到端）`,
        unit: '行/秒',
        value: rate(imported),
        target: '≥ 30000',
        baseline: rate(parsed),
        baselineLabel: 'exceljs 流式读取同一文件（仅解析，未校验未写入）',
      },
      {
        name: `导入后空闲时整理全文索引（${tidied.rows} 步，后台进行，不计入导入）`,
        unit: '秒',
        value: tidied.seconds,
        target: '—',
        baseline: imported.seconds,
        baselineLabel: '导入本身（预览 + 确认）',
      },
      {
        name: `导入后登记 ${IMPORT_ROWS.toLocaleString('zh-CN')} 行的审计数据行摘要（空闲或关闭时进行，不计入导入）`,
        unit: '秒',
        value: imported.afterSeconds,
        target: '—',
        baseline: imported.seconds,
        baselineLabel: '导入本身（预览 + 确认）',
      },
      {
        name: '导入峰值内存',
        unit: 'MB',
        value: imported.maxRssMB,
        target: '≤ 400',
        baseline: parsed.maxRssMB,
        baselineLabel: 'exceljs 流式读取',
      },
      {
        name: '名称/地址子串搜索 p95',
        unit: 'ms',
        value: nameSearch.p95,
        target: '≤ 50',
        baseline: likeSearch.p95,
        baselineLabel: "LIKE '%x%' 全表扫描",
      },
      {
        name: '拼音首字母搜索 p95',
        unit: 'ms',
        value: pinyinSearch.p95,
        target: '≤ 50',
        baseline: likeSearch.p95,
        baselineLabel: "LIKE '%x%' 全表扫描",
      },
      {
        name: '筛选列表一页 p95',
        unit: 'ms',
        value: page.p95,
        target: '≤ 30',
        baseline: naivePage.p95,
        baselineLabel: '取出全部匹配行再分页',
      },
      {
        name: `匹配数量统计（上限 ${COUNT_CAP.toLocaleString('zh-CN')}，另行异步请求）p95`,
        unit: 'ms',
        value: counted.p95,
        target: '—',
        baseline: naivePage.p95,
        baselineLabel: '取出全部匹配行再分页',
      },
      {
        name: `导出 ${exported.rows.toLocaleString('zh-CN')} 行`,
        unit: '行/秒',
        value: rate(exported),
        target: '≥ 20000',
        baseline: rate(naiveExport),
        baselineLabel: 'exceljs 非流式 API',
      },
      {
        name: '导出峰值内存',
        unit: 'MB',
        value: exported.maxRssMB,
        target: '≤ 400',
        baseline: naiveExport.maxRssMB,
        baselineLabel: 'exceljs 非流式 API',
      },
    ];
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
