import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { logIn } from '../support/core';
import { officeForEachTest } from '../support/office';
import { cleanEntry, lockedTask } from '../support/results';

const office = officeForEachTest();
const ok = office.ok;

/** The joint task's figures counted again by hand, straight from the tables, as the month ended. */
function byHand(taskId: number, monthEnd: string) {
  const db = office.t.core.db.$client;
  const one = (sql: string, ...args: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...args) as number;
  const draw = one("SELECT id FROM draws WHERE task_id = ? AND status = 'locked'", taskId);
  const perSubject = `
    SELECT ds.subject_id, json_array_length(ds.item_ids) AS expected,
      (SELECT count(*) FROM results r WHERE r.task_id = @task AND r.subject_id = ds.subject_id
         AND r.result_date <= @end) AS entered,
      (SELECT count(*) FROM results r WHERE r.task_id = @task AND r.subject_id = ds.subject_id AND r.result_date <= @end
         AND ((r.published_on IS NOT NULL AND r.published_on <= @end) OR r.withheld_on <= @end)) AS published,
      -- Not 完结: a follow-up decided by then and not finished by then, or a problem found and no follow-up decided.
      (SELECT count(*) FROM results r WHERE r.task_id = @task AND r.subject_id = ds.subject_id AND r.result_date <= @end
         AND (EXISTS (SELECT 1 FROM follow_ups f WHERE f.result_id = r.id AND f.decided_on <= @end
                        AND (f.closed_on IS NULL OR f.closed_on > @end))
              OR (r.categories LIKE '%"06"%'
                  AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.result_id = r.id AND f.decided_on <= @end)))) AS open
    FROM draw_subjects ds WHERE ds.draw_id = @draw`;
  const rows = db.prepare(perSubject).all({ task: taskId, end: monthEnd, draw }) as {
    expected: number;
    entered: number;
    published: number;
    open: number;
  }[];
  const checked = rows.filter((r) => r.entered === r.expected).length;
  const published = rows.filter((r) => r.entered === r.expected && r.published === r.expected).length;
  return {
    poolSize: one('SELECT pool_size FROM draws WHERE id = ?', draw),
    drawn: rows.length,
    checked,
    published,
    closed: rows.filter((r) => r.entered === r.expected && r.published === r.expected && r.open === 0).length,
    category06: one(
      `SELECT count(DISTINCT r.subject_id) FROM results r, json_each(r.categories) c
       WHERE r.task_id = ? AND r.result_date <= ? AND c.value = '06'`,
      taskId,
      monthEnd,
    ),
    measure01: one(
      "SELECT count(*) FROM follow_ups f JOIN results r ON r.id = f.result_id WHERE r.task_id = ? AND f.measure = '01'",
      taskId,
    ),
  };
}

describe('月报表', () => {
  it('counts a joint task as the month ended, cell by cell against a count by hand, with headers, totals and print setup', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    office.t.clock.set(new Date('2026-11-02T02:00:00Z'));
    office.admin = await logIn(office.t.core);
    await ok('settings.set', {
      key: 'reports.rulesDocument',
      value: '《固阳县双随机一公开工作细则》（固市监发〔2026〕3号）',
    });
    // Eight subjects fully entered, one with only one item, the rest not yet; two with problems.
    for (const [i, s] of drawn.entries()) {
      if (i >= 9) break;
      const problem = i === 2 || i === 5;
      const entry = (itemId: number) => ({
        ...cleanEntry(taskId, s.subjectId, itemId, '2026-10-12'),
        ...(problem ? { categories: ['06'], problems: '未按规定建立进货台账' } : {}),
      });
      await ok('results.enter', entry(items.general));
      if (i < 8) await ok('results.enter', entry(items.key));
    }
    const sheet = await ok('results.sheet', { taskId });
    const idsOf = (index: number) =>
      sheet.rows.filter((r) => r.subjectId === drawn[index]!.subjectId).map((r) => r.result!.id);
    await ok('results.publish', { ids: [0, 1, 2, 3, 4, 5].flatMap(idsOf), publishedOn: '2026-10-20' });
    await ok('results.withhold', { id: idsOf(6)[0]!, reason: '涉及国家秘密，依法不予公示' });
    await ok('results.publish', { ids: [idsOf(6)[1]!] });
    // A follow-up on subject 2 still open; on subject 5 opened and closed.
    for (const index of [2, 5]) {
      const follow = await ok('followups.create', {
        resultId: idsOf(index)[0]!,
        measure: '01',
        departmentId: 1,
        dueOn: '2026-11-30',
      });
      if (index === 5) await ok('followups.close', { id: follow.id, closedOn: '2026-11-02', outcome: '已整改' });
    }

    const report = await ok('reports.monthly', { month: '2026-11' });
    expect(report.rows).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(report.download)!);
    const ws = book.getWorksheet('月报表')!;
    expect(ws.getCell('A1').value).toBe('市场监管领域部门联合“双随机、一公开”抽查工作月报表（2026年11月）');
    expect(ws.getCell('A2').text).toContain('固阳县市场监督管理局');
    expect(ws.getCell('E4').value).toBe('是');
    expect(ws.getCell('F4').text).toContain('固市监发〔2026〕3号');

    // Part 二's header: two rows; a single column spans both, a group spans its categories.
    const header = 8;
    const headers = new Map<string, number>();
    ws.getRow(header).eachCell((cell, col) => headers.set(cell.text, col));
    ws.getRow(header + 1).eachCell((cell, col) => headers.set(cell.text, col));
    const col = (name: string) => {
      const found = headers.get(name);
      if (!found) throw new Error(`no column ${name}`);
      return found;
    };
    expect(ws.getCell(header, col('抽查户数')).isMerged).toBe(true);
    expect(ws.getCell(header + 1, col('发现问题待后续处理')).value).toBe('发现问题待后续处理');
    expect(ws.getCell(header, col('检查结果')).value).toBe('检查结果');

    const expected = byHand(taskId, '2026-11-30');
    const row = ws.getRow(header + 2);
    const at = (name: string) => row.getCell(col(name)).value;
    expect(at('抽查类型')).toBe('部门联合·重点');
    expect(at('抽查基数')).toBe(expected.poolSize);
    expect(at('抽查户数')).toBe(expected.drawn);
    expect(at('已检查户数')).toBe(expected.checked);
    expect(at('结果已公示户数')).toBe(expected.published);
    expect(at('未公示户数')).toBe(expected.checked - expected.published);
    expect(at('完成率')).toBeCloseTo(expected.published / expected.drawn, 10);
    expect(at('发现问题待后续处理')).toBe(expected.category06);
    expect(at('责令改正')).toBe(expected.measure01);
    expect(at('完结数')).toBe(expected.closed);
    expect(at('完结率')).toBeCloseTo(expected.closed / expected.published, 10);
    // Subject 2's follow-up is open; subject 5's second result found the problem too and has no follow-up at all.
    expect([expected.checked, expected.published, expected.closed, expected.category06]).toEqual([8, 7, 5, 2]);
    expect(row.getCell(col('完成率')).numFmt).toBe('0.0%');

    // 合计: formulas a spreadsheet user expects, with their values cached.
    const totals = ws.getRow(header + 3);
    expect(totals.getCell(1).value).toBe('合计');
    const drawnTotal = totals.getCell(col('抽查户数')).value as ExcelJS.CellFormulaValue;
    expect(drawnTotal.formula).toMatch(/^SUM\(/);
    expect(drawnTotal.result).toBe(expected.drawn);
    const rateTotal = totals.getCell(col('完成率')).value as ExcelJS.CellFormulaValue;
    expect(rateTotal.result).toBeCloseTo(expected.published / expected.drawn, 10);

    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header + 1}`);
    expect(ws.getCell(header + 4, 1).text).toBe('本月部门联合抽查 0 次，涉及 0 个部门。');

    // The same month for the health department alone lists the joint task too; another month before the task none.
    const october = await ok('reports.monthly', {
      month: '2026-10',
      departmentId: 17,
    });
    expect(october.rows).toBe(1);
    expect((await ok('reports.monthly', { month: '2026-03' })).rows).toBe(0);
  });
});

describe('半年 / 年度汇总', () => {
  it('gives each department its coverage, joint tasks, on-time publication and follow-up closure, and each item its counts', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    office.t.clock.set(new Date('2026-11-02T02:00:00Z'));
    office.admin = await logIn(office.t.core);
    // 市场监管's item: four subjects, two published on time, one late (formed in August, published in November).
    const dates = ['2026-10-12', '2026-10-12', '2026-08-03', '2026-10-13'];
    const ids: number[] = [];
    for (const [i, date] of dates.entries()) {
      const { result } = await ok('results.enter', {
        ...cleanEntry(taskId, drawn[i]!.subjectId, items.general, date),
        ...(i === 3 ? { categories: ['06'], problems: '超范围经营' } : {}),
      });
      ids.push(result.id);
    }
    await ok('results.publish', { ids: ids.slice(0, 2), publishedOn: '2026-10-20' });
    await ok('results.publish', { ids: [ids[2]!] });
    const follow = await ok('followups.create', {
      resultId: ids[3]!,
      measure: '01',
      departmentId: 1,
      dueOn: '2026-11-30',
    });
    await ok('followups.close', { id: follow.id, closedOn: '2026-11-02', outcome: '已整改' });
    await ok('followups.create', { resultId: ids[3]!, measure: '06', departmentId: 1, dueOn: '2026-11-30' });

    const out = await ok('reports.summary', { period: '2026' });
    expect(out.fileName).toContain('2026年');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(out.download)!);
    const departments = book.getWorksheet('按部门')!;
    const rowOf = (sheet: ExcelJS.Worksheet, first: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).text === first) found = row;
      });
      if (!found) throw new Error(`no row ${first}`);
      return (found.values as ExcelJS.CellValue[]).slice(1);
    };
    // 部门, 清单事项数, 已抽查事项数, 覆盖率, 任务, 联合, 已公示, 按期公示率, 超期未公示, 后续处置, 完结率: the problem
    // result is not yet published, so the three published (no problem found) are 完结.
    expect(rowOf(departments, '市场监管')).toEqual(['市场监管', 1, 1, 1, 1, 1, 3, 2 / 3, 0, 2, 1]);
    expect(rowOf(departments, '卫健')).toEqual(['卫健', 1, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
    expect(departments.getRow(3).getCell(4).numFmt).toBe('0.0%');
    const byItem = book.getWorksheet('按事项')!;
    expect(rowOf(byItem, '市场监管')).toEqual(['市场监管', '食品经营检查', '一般', 4, 1, 3, 2]);
    expect(book.getWorksheet('部门联合抽查')!.getRow(3).getCell(2).text).toBe('市场监管');
    // The first half-year holds none of these results.
    const h1 = await ok('reports.summary', { period: '2026H1' });
    const first = new ExcelJS.Workbook();
    await first.xlsx.readFile(office.t.core.files.downloadPath(h1.download)!);
    expect(rowOf(first.getWorksheet('按部门')!, '市场监管').slice(1, 3)).toEqual([1, 0]);
  });
});
