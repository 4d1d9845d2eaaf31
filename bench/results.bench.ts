import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openCore, type Core } from '../electron/core/app';
import { loadCalendar } from '../electron/core/calendar/store';
import { addWorkdays } from '../electron/core/calendar/workdays';
import type { MethodOutput } from '../electron/core/contract';
import { addDays } from '../electron/core/dates';
import { DemoRandom } from '../electron/core/demo/random';
import { demoSubjects } from '../electron/core/demo/subjects';
import { SubjectWriter } from '../electron/core/subjects/store';
import { percentiles, seconds, type Figure } from './harness';

const CALLER = {
  door: 'cli' as const,
  local: true,
  actor: { id: null, username: 'bench', displayName: 'bench', role: 'admin' as const, departmentId: null },
};
const SUBJECTS = 5_000;
const RESULTS = 200_000;
/** The bench's “today”: results are entered and deadlines flagged as of this instant. */
const NOW = new Date('2026-11-02T02:00:00Z');

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(CALLER, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/**
 * A county with one locked, matched task of 5,000 subjects × 2 items of 市场监管: 10,000 results to enter, all of
 * one department, so one collection workbook holds them all.
 */
export async function countyWithBigTask(dir: string): Promise<{ taskId: number }> {
  const core = openCore({ dataDir: dir, clock: { now: () => NOW } });
  try {
    const writer = new SubjectWriter(core.db, { at: NOW.toISOString(), actorName: 'bench', source: 'demo' });
    const records = [
      ...demoSubjects(new DemoRandom(3), { count: SUBJECTS, countyName: '固阳县', regionCode: '150222' }, new Map()),
    ];
    core.db.$client.transaction(() => records.forEach((r) => writer.insert({ ...r, regStatus: '存续' }))).immediate();
    const base = {
      departmentId: 1,
      basis: '依据',
      methods: ['实地核查'],
      effectiveFrom: '2026-01-01',
      category: 'key',
    };
    const a = await ok<{ id: number }>(core, 'items.create', { ...base, code: 'B-1', name: '登记事项检查' });
    const b = await ok<{ id: number }>(core, 'items.create', { ...base, code: 'B-2', name: '年报公示信息检查' });
    for (let i = 0; i < 40; i += 1)
      await ok(core, 'inspectors.create', {
        name: `执法${i}`,
        departmentId: 1,
        certNo: `BENCH${1000 + i}`,
        certValidFrom: '2024-01-01',
        certValidTo: '2029-12-31',
      });
    const { id: taskId } = await ok<{ id: number }>(core, 'tasks.createSpecial', {
      fields: {
        name: '全县市场主体专项检查（基准）',
        itemIds: [a.id, b.id],
        leadDepartmentId: 1,
        scope: {},
        ratios: { mode: 'all', all: 100 },
        periodStart: '2026-07-01',
        periodEnd: '2026-10-31',
        mode: '现场',
      },
      reason: '基准测试',
    });
    const open = await ok<{ id: number }>(core, 'draws.open', { taskId });
    await ok(core, 'draws.run', { drawId: open.id, witnesses: [{ name: '监督', value: '1' }] });
    await ok(core, 'draws.lock', { drawId: open.id });
    await ok(core, 'draws.match', { taskId });
    return { taskId };
  } finally {
    core.close();
  }
}

export function entriesOf(sheet: MethodOutput<'results.sheet'>, taskId: number) {
  return sheet.rows.map((r, i) => ({
    taskId,
    subjectId: r.subjectId,
    itemId: r.itemId,
    categories: i % 9 === 0 ? ['06'] : ['01'],
    resultDate: addDays('2026-09-01', i % 50),
    method: '实地核查' as const,
    description: '现场检查',
    problems: i % 9 === 0 ? '未按规定公示' : '',
  }));
}

/** Fills the collection workbook's result columns, as a department would, and saves it. */
async function fillWorkbook(from: string, to: string, entries: ReturnType<typeof entriesOf>): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  const sheet = book.getWorksheet('结果采集');
  if (!sheet) throw new Error('no sheet');
  const byKey = new Map(entries.map((e) => [`T${e.taskId}-S${e.subjectId}-I${e.itemId}`, e]));
  sheet.eachRow((row, n) => {
    const entry = n > 2 ? byKey.get(row.getCell(1).text) : undefined;
    if (!entry) return;
    row.getCell(7).value = entry.categories[0] ?? '01';
    row.getCell(9).value = new Date(`${entry.resultDate}T00:00:00Z`);
    row.getCell(10).value = entry.method;
    row.getCell(11).value = entry.description;
    row.getCell(12).value = entry.problems;
  });
  await book.xlsx.writeFile(to);
}

/**
 * 200,000 results a county-year holds: the task's results copied onto 19 more tasks (same teams), result dates
 * over the year, about one in ten not yet published, deadlines worked out on the calendar as the core does.
 */
export function growToCountyYear(core: Core, taskId: number): void {
  const client = core.db.$client;
  const calendar = loadCalendar(core.db);
  const random = new DemoRandom(11);
  const dueOf = new Map<string, string>();
  const due = (d: string) => {
    if (!dueOf.has(d)) dueOf.set(d, addWorkdays(calendar, d, 20));
    return dueOf.get(d) ?? d;
  };
  const seedRows = client.prepare('SELECT * FROM results WHERE task_id = ?').all(taskId) as Record<string, unknown>[];
  client
    .transaction(() => {
      const copies = Math.ceil(RESULTS / seedRows.length) - 1;
      const insertResult = client.prepare(
        `INSERT INTO results (task_id, subject_id, item_id, department_id, categories, result_date, method,
           description, problems, status, published_on, publish_due, entered_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, '', '', 'entered', ?, ?, 'bench')`,
      );
      for (let c = 0; c < copies; c += 1) {
        const copy = Number(
          client
            .prepare(
              `INSERT INTO tasks (plan_task_id, kind, reason, name, year, item_ids, lead_department_id, department_ids,
                 scope, ratios, period_start, period_end, mode, team_size, experts_per_team, expertise, batch_size,
                 status, created_by)
               SELECT plan_task_id, kind, reason, name || ' ${c}', year, item_ids, lead_department_id, department_ids,
                 scope, ratios, period_start, period_end, mode, team_size, experts_per_team, expertise, batch_size,
                 status, created_by FROM tasks WHERE id = ?`,
            )
            .run(taskId).lastInsertRowid,
        );
        // The same locked list, so the copy counts in reports as a task of its own.
        const draw = client.prepare("SELECT id FROM draws WHERE task_id = ? AND status = 'locked'").pluck().get(taskId);
        const copiedDraw = client
          .prepare(
            `INSERT INTO draws (task_id, attempt, status, reason, approver, operator_name, nonce, nonce_hash, pool_hash,
               pool_size, record, counting, excluded, witnesses, seed, drawn_at, locked_at)
             SELECT ?, attempt, status, reason, approver, operator_name, nonce, nonce_hash, pool_hash, pool_size, record,
               counting, excluded, witnesses, seed, drawn_at, locked_at FROM draws WHERE id = ?`,
          )
          .run(copy, draw).lastInsertRowid;
        client
          .prepare(
            `INSERT INTO draw_subjects (draw_id, seq, subject_id, risk_class, batch, item_ids)
             SELECT ?, seq, subject_id, risk_class, batch, item_ids FROM draw_subjects WHERE draw_id = ?`,
          )
          .run(copiedDraw, draw);
        client
          .prepare(
            `INSERT INTO team_members (task_id, subject_id, inspector_id, expert_id, match_id)
             SELECT ?, subject_id, inspector_id, expert_id, match_id FROM team_members WHERE task_id = ?`,
          )
          .run(copy, taskId);
        for (const r of seedRows) {
          const resultDate = addDays('2026-01-05', random.int(300));
          const publishDue = due(resultDate);
          const published = publishDue < '2026-11-02' ? !random.chance(0.03) : !random.chance(0.6);
          insertResult.run(
            copy,
            r.subject_id,
            r.item_id,
            r.department_id,
            r.categories,
            resultDate,
            r.method,
            published ? addDays(resultDate, random.int(10)) : null,
            publishDue,
          );
        }
      }
    })
    .immediate();
}

/** The month's figures the obvious way: one query per drawn subject of every locked task. */
function monthlyByQueries(core: Core): void {
  const client = core.db.$client;
  const perSubject = client.prepare(
    `SELECT json_array_length(ds.item_ids) AS expected,
       (SELECT count(*) FROM results r WHERE r.task_id = @task AND r.subject_id = ds.subject_id
          AND r.result_date <= '2026-10-31') AS entered,
       (SELECT count(*) FROM results r WHERE r.task_id = @task AND r.subject_id = ds.subject_id
          AND r.result_date <= '2026-10-31' AND r.published_on <= '2026-10-31') AS published
     FROM draw_subjects ds WHERE ds.draw_id = @draw AND ds.subject_id = @subject`,
  );
  const drawn = client
    .prepare(
      "SELECT d.task_id AS task, ds.draw_id AS draw, ds.subject_id AS subject FROM draws d JOIN draw_subjects ds ON ds.draw_id = d.id WHERE d.status = 'locked'",
    )
    .all() as { task: number; draw: number; subject: number }[];
  for (const { task, draw, subject } of drawn) perSubject.get({ task, draw, subject });
}

export async function resultsFigures(): Promise<Figure[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-results-'));
  try {
    const dirs = ['many', 'workbook', 'one-by-one'].map((name) => path.join(root, name));
    const { taskId } = await countyWithBigTask(dirs[0]!);
    for (const dir of dirs.slice(1)) {
      fs.mkdirSync(dir);
      fs.copyFileSync(path.join(dirs[0]!, 'app.db'), path.join(dir, 'app.db'));
    }
    const [many, workbook, oneByOne] = dirs.map((dir) => openCore({ dataDir: dir, clock: { now: () => NOW } }));
    if (!many || !workbook || !oneByOne) throw new Error('cores');
    try {
      const entries = entriesOf(await ok(many, 'results.sheet', { taskId }), taskId);
      const enterMany = await seconds(() => ok(many, 'results.enterMany', { entries }));
      // One call per result, as a form-per-row screen would do it: 1,000 timed, scaled to the 10,000.
      const sample = entries.slice(0, 1_000);
      const single =
        (await seconds(async () => {
          for (const entry of sample) await ok(oneByOne, 'results.enter', entry);
        })) *
        (entries.length / sample.length);

      const out = await ok<{ download: string }>(workbook, 'collection.workbook', { taskId, departmentId: 1 });
      const upload = workbook.files.newUpload('filled.xlsx');
      await fillWorkbook(workbook.files.downloadPath(out.download) ?? '', upload.path, entries);
      let imported = 0;
      const importSeconds = await seconds(async () => {
        const preview = await ok<{ token: string }>(workbook, 'collection.preview', { upload: upload.id });
        imported = (await ok<{ fresh: number }>(workbook, 'collection.commit', { token: preview.token })).fresh;
      });
      if (imported !== entries.length) throw new Error(`collection imported ${imported}`);

      growToCountyYear(many, taskId);
      const total = many.db.$client.prepare('SELECT count(*) FROM results').pluck().get() as number;
      const counts = await percentiles(30, () => ok(many, 'todo.counts', {}));
      const list = await percentiles(30, () => ok(many, 'todo.list', { kind: 'overdue', limit: 500 }));
      const monthly = await percentiles(5, async () => {
        const report = await ok<{ download: string }>(many, 'reports.monthly', { month: '2026-10' });
        fs.rmSync(many.files.downloadPath(report.download) ?? '', { force: true });
      });
      const monthlyNaive = await seconds(() => monthlyByQueries(many));
      // The same questions without the deadline index: every result read, every team looked up per result.
      const pending = `published_on IS NULL AND withheld_reason IS NULL`;
      const scanCounts = await percentiles(10, () => {
        const client = many.db.$client;
        client
          .prepare(
            `SELECT department_id, sum(publish_due < '2026-11-02'), sum(publish_due >= '2026-11-02')
             FROM results NOT INDEXED WHERE ${pending} AND publish_due <= '2026-11-05' GROUP BY department_id`,
          )
          .all();
        client
          .prepare(
            `SELECT tm.inspector_id, sum(r.publish_due < '2026-11-02'), sum(r.publish_due >= '2026-11-02')
             FROM results r NOT INDEXED
             JOIN team_members tm INDEXED BY team_members_task_idx
               ON tm.task_id = r.task_id AND tm.subject_id = r.subject_id AND tm.ended_at IS NULL
             WHERE r.${pending.replace(' AND ', ' AND r.')} AND r.publish_due <= '2026-11-05'
             GROUP BY tm.inspector_id`,
          )
          .all();
      });
      const scanList = await percentiles(10, () =>
        many.db.$client
          .prepare(
            `SELECT r.*, t.name, s.name FROM results r NOT INDEXED JOIN tasks t ON t.id = r.task_id
             JOIN subjects s ON s.id = r.subject_id
             WHERE r.${pending.replace(' AND ', ' AND r.')} AND r.publish_due < '2026-11-02'
             ORDER BY r.publish_due, r.id LIMIT 500`,
          )
          .all(),
      );
      return [
        {
          name: `录入 ${entries.length.toLocaleString('zh-CN')} 条结果（一次提交）`,
          unit: 's',
          value: enterMany,
          target: '≤ 2',
          baseline: single,
          baselineLabel: '逐条调用 results.enter（测 1,000 条折算）',
        },
        {
          name: `导入 ${entries.length.toLocaleString('zh-CN')} 行结果采集表（预览+导入）`,
          unit: 's',
          value: importSeconds,
          target: '≤ 2',
          baseline: single,
          baselineLabel: '逐条调用 results.enter（测 1,000 条折算）',
        },
        {
          name: `待办统计 p95（${total.toLocaleString('zh-CN')} 条结果）`,
          unit: 'ms',
          value: counts.p95,
          target: '≤ 50',
          baseline: scanCounts.p95,
          baselineLabel: '同样的部门、人员计数，不用到期索引（全表扫描、逐条查检查组）',
        },
        {
          name: `超期清单前 500 条 p95（${total.toLocaleString('zh-CN')} 条结果）`,
          unit: 'ms',
          value: list.p95,
          target: '≤ 50',
          baseline: scanList.p95,
          baselineLabel: '同样的清单，不用到期索引（全表扫描后排序）',
        },
        {
          name: `月报表（${total.toLocaleString('zh-CN')} 条结果，计算并写出 xlsx）p95`,
          unit: 's',
          value: monthly.p95 / 1000,
          target: '≤ 1',
          baseline: monthlyNaive,
          baselineLabel: '逐户 SQL 统计（仅计算，不写文件）',
        },
      ];
    } finally {
      for (const core of [many, workbook, oneByOne]) core.close();
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
