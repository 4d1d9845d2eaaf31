import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { summaryFigures } from '../../electron/core/reports/summary';
import { STATS_CHARTS } from '../../electron/core/stats/contract';
import { CHART_TITLES } from '../../electron/core/stats/charts.shared';
import { logIn, withToken, resultOf } from '../support/core';
import { officeForEachTest } from '../support/office';
import { cleanEntry, lockedTask } from '../support/results';

const office = officeForEachTest();
const ok = office.ok;

const TODAY = '2026-11-02';

/**
 * The joint task of 市场监管 (1) and 卫健 (17) over 11 drawn shops, a second 市场监管 item nobody inspected, and
 * results in every state: published on time, published late, withheld, pending past and before their deadline,
 * with and without problems — all formed in 2026, counted on 2 November.
 */
async function seededYear() {
  const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
  await ok('items.create', {
    code: 'SC-2',
    departmentId: 1,
    name: '计量器具检查',
    category: 'general',
    ratioCap: 10,
    frequencyCap: 1,
    basis: '依据',
    methods: ['实地核查'],
    effectiveFrom: '2026-01-01',
  });
  office.t.clock.set(new Date(`${TODAY}T02:00:00Z`));
  office.admin = await logIn(office.t.core);
  const enter = async (index: number, itemId: number, date: string, categories?: string[]) => {
    const { result } = await ok('results.enter', {
      ...cleanEntry(taskId, drawn[index]!.subjectId, itemId, date),
      ...(categories ? { categories, problems: '未按规定建立进货台账' } : {}),
    });
    return result.id;
  };
  const onTime = [await enter(0, items.general, '2026-10-12'), await enter(0, items.key, '2026-10-12')];
  await ok('results.publish', { ids: onTime, publishedOn: '2026-10-20' });
  await ok('results.publish', { ids: [await enter(1, items.general, '2026-08-03')], publishedOn: TODAY });
  await enter(1, items.key, '2026-08-03'); // pending, long overdue
  await enter(2, items.general, '2026-10-13', ['06']); // pending, not yet due
  await ok('results.withhold', { id: await enter(2, items.key, '2026-10-13'), reason: '涉及国家秘密，依法不予公示' });
  await enter(3, items.general, '2026-09-01', ['02', '06']); // pending, overdue
  const late = await enter(4, items.key, '2026-07-01', ['05']);
  await ok('results.publish', { ids: [late], publishedOn: '2026-09-30' });
  return { taskId, items };
}

/** The dashboard's figures counted again straight from the tables, by SQL written here. */
function byHand(departmentId = 0) {
  const db = office.t.core.db.$client;
  const mine = (column: string) => `(${departmentId} = 0 OR ${column} = ${departmentId})`;
  const inYear = `r.result_date BETWEEN '2026-01-01' AND '2026-12-31' AND ${mine('r.department_id')}`;
  const grouped = (sql: string) =>
    Object.fromEntries((db.prepare(sql).raw(true).all() as [string | number, number][]).map(([k, n]) => [k, n]));
  return {
    categories: grouped(
      `SELECT c.value, count(*) FROM results r, json_each(r.categories) c WHERE ${inYear} GROUP BY c.value`,
    ),
    published: grouped(
      `SELECT r.department_id, count(*) FROM results r WHERE ${inYear} AND r.published_on IS NOT NULL
       GROUP BY r.department_id`,
    ),
    onTime: grouped(
      `SELECT r.department_id, count(*) FROM results r
       WHERE ${inYear} AND r.published_on IS NOT NULL AND r.published_on <= r.publish_due GROUP BY r.department_id`,
    ),
    overdue: grouped(
      `SELECT r.department_id, count(*) FROM results r WHERE ${inYear} AND r.published_on IS NULL
       AND r.withheld_reason IS NULL AND r.publish_due < '${TODAY}' GROUP BY r.department_id`,
    ),
    listed: grouped(`SELECT department_id, count(*) FROM check_items WHERE ${mine('department_id')} GROUP BY 1`),
    inspected: grouped(
      `SELECT r.department_id, count(DISTINCT r.item_id) FROM results r WHERE ${inYear} GROUP BY r.department_id`,
    ),
    drawn: grouped(
      `SELECT s.risk_class, count(*) FROM draws d JOIN draw_subjects ds ON ds.draw_id = d.id
       JOIN subjects s ON s.id = ds.subject_id WHERE d.status = 'locked' GROUP BY s.risk_class`,
    ),
    pool: grouped(`SELECT risk_class, count(*) FROM subjects WHERE reg_status = '存续' GROUP BY risk_class`),
  };
}

const sumOf = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('统计分析', () => {
  it('counts each chart as a count by hand does', async () => {
    await seededYear();
    const hand = byHand();
    const d = await ok('stats.dashboard', { year: 2026 });
    expect(d.scopeName).toBe('全县');
    expect(d.today).toBe(TODAY);

    const counted = Object.fromEntries(d.categories.rows.filter((r) => r.results > 0).map((r) => [r.code, r.results]));
    expect(counted).toEqual(hand.categories);
    expect(counted).toEqual({ '01': 5, '02': 1, '05': 1, '06': 2 });
    expect(d.categories.results).toBe(8);
    expect(d.categories.rows.find((r) => r.code === '06')?.name).toBe('发现问题待后续处理');
    expect(d.categories.rows).toHaveLength(10);

    expect(Object.fromEntries(d.onTime.rows.map((r) => [r.departmentId, r.published]))).toEqual(hand.published);
    expect(Object.fromEntries(d.onTime.rows.map((r) => [r.departmentId, r.onTime]))).toEqual(hand.onTime);
    expect(Object.fromEntries(d.onTime.rows.map((r) => [r.departmentId, r.overdue]))).toEqual(hand.overdue);
    // 按期公示率 = on time ÷ (published + overdue unpublished): the two results left past their deadline count against it.
    expect([d.onTime.published, d.onTime.onTime, d.onTime.overdue]).toEqual([4, 2, 2]);
    expect(d.onTime.rate).toBeCloseTo(2 / 6, 10);

    expect(Object.fromEntries(d.overdue.rows.map((r) => [r.departmentId, r.results]))).toEqual(hand.overdue);
    expect(d.overdue.results).toBe(2);
    expect(d.overdue.rows.map((r) => r.department)).toEqual(['市场监管', '卫健']);

    expect(Object.fromEntries(d.coverage.rows.map((r) => [r.departmentId, r.listed]))).toEqual(hand.listed);
    expect(Object.fromEntries(d.coverage.rows.map((r) => [r.departmentId, r.inspected]))).toEqual(hand.inspected);
    expect([d.coverage.listed, d.coverage.inspected]).toEqual([3, 2]);
    expect(d.coverage.rate).toBeCloseTo(2 / 3, 10);

    expect([d.joint.tasks, d.joint.departments]).toEqual([1, 2]);
    expect(d.joint.rows.map((r) => [r.department, r.led, r.joined])).toEqual([
      ['市场监管', 1, 0],
      ['卫健', 0, 1],
    ]);
    expect(d.joint.list[0]).toMatchObject({ name: '零售店联合检查', lead: '市场监管', drawn: 11 });

    expect(Object.fromEntries(d.risk.rows.filter((r) => r.drawn > 0).map((r) => [r.riskClass, r.drawn]))).toEqual(
      hand.drawn,
    );
    expect(Object.fromEntries(d.risk.rows.map((r) => [r.riskClass, r.pool]))).toEqual(hand.pool);
    expect([d.risk.drawn, d.risk.pool]).toEqual([sumOf(hand.drawn), 40]);
    expect(d.risk.rows.reduce((n, r) => n + r.drawnShare, 0)).toBeCloseTo(1, 10);
    expect(d.risk.rows.find((r) => r.riskClass === 'D')!.poolShare).toBeCloseTo(0.25, 10);
  });

  it('shows the same coverage, on-time rate and joint tasks as the year’s 工作汇总', async () => {
    await seededYear();
    const d = await ok('stats.dashboard', { year: 2026 });
    const summary = summaryFigures(office.t.core.db, '2026', d.today);
    for (const row of d.coverage.rows) {
      const same = summary.departments.find((s) => s.department === row.department)!;
      expect([row.listed, row.inspected, row.rate]).toEqual([same.listed, same.inspected, same.coverage]);
    }
    for (const row of d.onTime.rows) {
      const same = summary.departments.find((s) => s.department === row.department)!;
      expect([row.published, row.rate]).toEqual([same.published, same.onTimeRate]);
    }
    for (const row of d.joint.rows) {
      expect(row.led + row.joined).toBe(summary.departments.find((s) => s.department === row.department)!.jointTasks);
    }
    expect(d.joint.list.map((j) => j.name)).toEqual(summary.joint.map((j) => j.name));
    // And the workbook the office sends upward says the same as the screen.
    const out = await ok('reports.summary', { period: '2026' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(out.download)!);
    const sheet = book.getWorksheet('按部门')!;
    sheet.eachRow((row, n) => {
      if (n < 3) return;
      const coverage = d.coverage.rows.find((r) => r.department === row.getCell(1).text);
      if (coverage) expect(row.getCell(4).value).toBe(coverage.rate);
      const onTime = d.onTime.rows.find((r) => r.department === row.getCell(1).text);
      if (onTime) expect(row.getCell(8).value).toBe(onTime.rate);
    });
  });

  it('narrows every chart to one department, and shows an empty year as zeros', async () => {
    await seededYear();
    const hand = byHand(17);
    const d = await ok('stats.dashboard', { year: 2026, departmentId: 17 });
    expect(d.scopeName).toBe('卫健');
    expect(Object.fromEntries(d.categories.rows.filter((r) => r.results > 0).map((r) => [r.code, r.results]))).toEqual(
      hand.categories,
    );
    expect(d.onTime.rows.map((r) => [r.departmentId, r.published, r.onTime])).toEqual([
      [17, hand.published[17], hand.onTime[17]],
    ]);
    expect(d.overdue.rows.map((r) => [r.departmentId, r.results])).toEqual([[17, hand.overdue[17]]]);
    expect(d.coverage.rows.map((r) => [r.departmentId, r.listed, r.inspected])).toEqual([
      [17, hand.listed[17], hand.inspected[17]],
    ]);
    // 卫健 joined the joint task, so it and its partner are shown.
    expect([d.joint.tasks, d.joint.departments]).toEqual([1, 2]);
    expect(d.risk.drawn).toBe(sumOf(byHand().drawn));
    // A department outside the task drew nobody.
    const other = await ok('stats.dashboard', { year: 2026, departmentId: 5 });
    expect([other.joint.tasks, other.risk.drawn, other.categories.results, other.overdue.results]).toEqual([
      0, 0, 0, 0,
    ]);

    const empty = await ok('stats.dashboard', { year: 2025 });
    expect([empty.categories.results, empty.onTime.published, empty.overdue.results, empty.joint.tasks]).toEqual([
      0, 0, 0, 0,
    ]);
    expect([empty.risk.drawn, empty.risk.pool]).toEqual([0, 40]);
    const refused = await resultOf(office.t.core, withToken(office.admin), 'stats.dashboard', { year: 1999 });
    expect(refused.ok ? '' : refused.error.message).toContain('2000 至 2100');
  });

  it('exports each chart as a workbook whose cells hold the figures on screen', async () => {
    await seededYear();
    const d = await ok('stats.dashboard', { year: 2026 });
    const read = async (chart: MethodInput<'stats.export'>['chart'], departmentId?: number) => {
      const out = await ok('stats.export', { year: 2026, chart, departmentId });
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(office.t.core.files.downloadPath(out.download)!);
      return { book, fileName: out.fileName, sheet: book.worksheets[0]! };
    };
    /** The data rows of a sheet (under the title and the header), values only. */
    const rows = (sheet: ExcelJS.Worksheet) => {
      const found: ExcelJS.CellValue[][] = [];
      sheet.eachRow((row, n) => {
        if (n > 2) found.push((row.values as ExcelJS.CellValue[]).slice(1));
      });
      return found;
    };

    const onTime = await read('onTime');
    expect(onTime.fileName).toBe('统计分析-2026年-按期公示率.xlsx');
    expect(onTime.sheet.getCell('A1').text).toBe('固阳县市场监督管理局2026年按期公示率');
    expect(onTime.sheet.getRow(2).values).toEqual([
      undefined,
      '部门',
      '已公示结果（条）',
      '按期公示（条）',
      '超期未公示（条）',
      '按期公示率',
    ]);
    expect(rows(onTime.sheet)).toEqual([
      ...d.onTime.rows.map((r) => [r.department, r.published, r.onTime, r.overdue, r.rate]),
      ['合计', 4, 2, 2, 2 / 6],
    ]);
    expect(onTime.sheet.getCell('E3').numFmt).toBe('0.0%');

    const categories = await read('categories');
    expect(rows(categories.sheet).map((r) => [r[0], r[2]])).toEqual(d.categories.rows.map((r) => [r.code, r.results]));

    const overdue = await read('overdue');
    expect(overdue.sheet.getCell('A1').text).toContain(`截至 ${TODAY}`);
    expect(rows(overdue.sheet)).toEqual([
      ['市场监管', 1],
      ['卫健', 1],
      ['合计', 2],
    ]);

    const coverage = await read('coverage');
    expect(rows(coverage.sheet).at(-1)).toEqual(['合计', 3, 2, 1, d.coverage.rate]);

    const joint = await read('joint');
    expect(joint.book.worksheets.map((w) => w.name)).toEqual(['各部门参与情况', '联合抽查任务']);
    expect(rows(joint.sheet).slice(0, 2)).toEqual([
      ['市场监管', 1, 0, 1],
      ['卫健', 0, 1, 1],
    ]);
    expect(rows(joint.book.worksheets[1]!)[0]).toEqual([
      '零售店联合检查',
      '市场监管',
      '市场监管、卫健',
      '2026-04-01 至 2026-10-31',
      '计划',
      11,
    ]);

    const risk = await read('risk');
    const figuresOf = (riskClass: string) => {
      const r = d.risk.rows.find((c) => c.riskClass === riskClass)!;
      return [r.drawn, r.drawnShare, r.pool, r.poolShare];
    };
    expect(rows(risk.sheet)).toEqual([
      ['A 低风险', ...figuresOf('A')],
      ['B 一般风险', ...figuresOf('B')],
      ['C 较高风险', ...figuresOf('C')],
      ['D 高风险', ...figuresOf('D')],
      ['合计', d.risk.drawn, 1, 40, 1],
    ]);

    const mine = await read('coverage', 17);
    expect(mine.fileName).toBe('统计分析-2026年-卫健-抽查事项清单覆盖率.xlsx');
    expect(mine.sheet.getCell('A1').text).toContain('2026年（卫健）');
    expect(STATS_CHARTS).toHaveLength(6);
  });

  it('writes a department or task name that looks like a formula as text', async () => {
    const { taskId } = await seededYear();
    office.t.core.db.$client.prepare('UPDATE tasks SET name = \'=HYPERLINK("http://x")\' WHERE id = ?').run(taskId);
    const out = await ok('stats.export', { year: 2026, chart: 'joint' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(out.download)!);
    const cell = book.getWorksheet('联合抽查任务')!.getCell('A3');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.text).toBe('\'=HYPERLINK("http://x")');
  });
});

// The cards and the workbooks read the one list in the shared tier (stats/charts.shared.ts).
describe('chart titles', () => {
  it('name every chart, in the page’s order', () => {
    expect(Object.keys(CHART_TITLES)).toEqual([...STATS_CHARTS]);
  });
});
