import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { logIn, withToken } from '../support/core';
import { testUscc } from '../support/draws';
import { officeForEachTest } from '../support/office';
import { cleanEntry, lockedTask } from '../support/results';

/**
 * The columns of the 月报表 and the 工作汇总 that issue 16 found miscounted, each compared with a count by hand (SQL
 * written here, from the rule as the documents write it) on a small built county: one locked joint task (市场监管's
 * general item and 卫健's key item, period April–October 2026), eleven drawn subjects.
 */
const office = officeForEachTest();
const ok = office.ok;

const sql = () => office.t.core.db.$client;
const one = (text: string, ...args: unknown[]) =>
  sql()
    .prepare(text)
    .pluck()
    .get(...args) as number;

/** The monthly report of a month as the office gets it: part one's notes, the joint line and the task's row. */
async function monthly(month: string) {
  const out = await ok('reports.monthly', { month });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(office.t.core.files.downloadPath(out.download)!);
  const ws = book.getWorksheet('月报表')!;
  const header = 8;
  const columns = new Map<string, number>();
  ws.getRow(header).eachCell((cell, col) => columns.set(cell.text, col));
  ws.getRow(header + 1).eachCell((cell, col) => columns.set(cell.text, col));
  const at = (name: string) => {
    const col = columns.get(name);
    if (!col) throw new Error(`no column ${name}`);
    return ws.getRow(header + 2).getCell(col).value;
  };
  const texts: string[] = [];
  ws.eachRow((row) => texts.push(row.getCell(1).text));
  return {
    at,
    items: ws.getCell('F5').text,
    directories: ws.getCell('F6').text,
    jointLine: texts.find((t) => t.startsWith('本月部门联合抽查')) ?? '',
    notes: texts.filter((t) => /^\d\. /.test(t)),
  };
}

/** Four subjects inspected in October (both items), published on 20 October; the results' ids per subject. */
async function octoberCounty() {
  const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
  office.t.clock.set(new Date('2026-11-02T02:00:00Z'));
  office.admin = await logIn(office.t.core);
  const ids: { general: number; key: number }[] = [];
  for (const [i, s] of drawn.slice(0, 4).entries()) {
    const general = await ok('results.enter', {
      ...cleanEntry(taskId, s.subjectId, items.general, '2026-10-12'),
      ...(i === 1 || i === 2 ? { categories: ['06'], problems: '未按规定建立进货台账' } : {}),
    });
    const key = await ok('results.enter', cleanEntry(taskId, s.subjectId, items.key, '2026-10-12'));
    ids.push({ general: general.result.id, key: key.result.id });
  }
  // Subject 3's key result stays unpublished: it is withheld later, in November.
  await ok('results.publish', {
    ids: ids.flatMap((r, i) => (i === 3 ? [r.general] : [r.general, r.key])),
    publishedOn: '2026-10-20',
  });
  return { taskId, drawn, items, ids };
}

describe('月报表: the columns counted by the rules', () => {
  it('完结 needs a problem’s follow-up finished: a problem with no follow-up at all is not 完结', async () => {
    const { taskId, ids } = await octoberCounty();
    // Subject 1 found a problem and has no follow-up; subject 2's follow-up was opened and finished today.
    const follow = await ok('followups.create', {
      resultId: ids[2]!.general,
      measure: '01',
      departmentId: 1,
      dueOn: '2026-11-30',
    });
    await ok('followups.close', { id: follow.id, closedOn: '2026-11-02', outcome: '已整改' });
    const november = await monthly('2026-11');
    expect(november.at('结果已公示户数')).toBe(3);
    expect(november.at('完结数')).toBe(2);
    expect(november.at('完结率')).toBeCloseTo(2 / 3, 10);
    // By hand: a subject is 完结 when both its results are dealt with by then and none is a problem without a
    // finished follow-up decided by then.
    const closedByHand = one(
      `SELECT count(*) FROM (SELECT r.subject_id FROM results r WHERE r.task_id = @task GROUP BY r.subject_id
         HAVING count(*) = 2
           AND sum(r.published_on <= @end OR r.withheld_on <= @end) = 2
           AND sum(EXISTS (SELECT 1 FROM follow_ups f WHERE f.result_id = r.id AND f.decided_on <= @end
                             AND (f.closed_on IS NULL OR f.closed_on > @end))
                   OR (r.categories LIKE '%"06"%'
                       AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.result_id = r.id AND f.decided_on <= @end))) = 0)`,
      { task: taskId, end: '2026-11-30' },
    );
    expect(closedByHand).toBe(2);
    // The 结果录入 page's task state uses the same rule: the task is not 完结 while subject 1's problem has no follow-up.
    expect((await ok('results.sheet', { taskId })).progress.complete).toBe(false);
  });

  it('a follow-up counts in the month it was decided, not the month it was typed in', async () => {
    const { ids } = await octoberCounty();
    // Decided on 25 October, typed in on 2 November.
    const follow = await ok('followups.create', {
      resultId: ids[2]!.general,
      measure: '01',
      departmentId: 1,
      decidedOn: '2026-10-25',
      dueOn: '2026-11-30',
    });
    const decidedByHand = (end: string) =>
      one("SELECT count(*) FROM follow_ups WHERE measure = '01' AND decided_on <= ?", end);
    expect((await monthly('2026-10')).at('责令改正')).toBe(decidedByHand('2026-10-31'));
    expect(decidedByHand('2026-10-31')).toBe(1);
    expect(follow.decidedOn).toBe('2026-10-25');
    // Finished in October too: subject 2 is 完结 in October's report (subject 1's problem still has no follow-up).
    await ok('followups.close', { id: follow.id, closedOn: '2026-10-28', outcome: '已整改' });
    expect((await monthly('2026-10')).at('完结数')).toBe(2);
    // A follow-up on subject 1 decided in November leaves October as it was; November counts it, open.
    await ok('followups.create', { resultId: ids[1]!.general, measure: '06', departmentId: 1, dueOn: '2026-11-30' });
    expect((await monthly('2026-10')).at('行政指导、约谈')).toBe(0);
    expect((await monthly('2026-11')).at('行政指导、约谈')).toBe(1);
    expect((await monthly('2026-11')).at('完结数')).toBe(2);
  });

  it('the report of a past month is unchanged when a result is withheld today', async () => {
    const { ids } = await octoberCounty();
    const before = await monthly('2026-10');
    expect(before.at('结果已公示户数')).toBe(3);
    const withheld = await ok('results.withhold', { id: ids[3]!.key, reason: '涉及国家秘密，依法不予公示' });
    expect(withheld.id).toBe(ids[3]!.key);
    const after = await monthly('2026-10');
    for (const column of ['结果已公示户数', '未公示户数', '完成率', '完结数', '完结率'])
      expect(after.at(column), column).toEqual(before.at(column));
    expect(one('SELECT withheld_on FROM results WHERE id = ?', ids[3]!.key)).toBe('2026-11-02');
    // From the day it was withheld on, it counts as dealt with.
    expect((await monthly('2026-11')).at('结果已公示户数')).toBe(4);
  });

  it('shows the planned ratio per class with the realised ratio beside it', async () => {
    const { taskId } = await octoberCounty();
    const report = await monthly('2026-10');
    expect(report.at('抽查比例（计划）')).toBe('A10%/B20%/C30%/D50%');
    const drawn = one(
      "SELECT count(*) FROM draw_subjects ds JOIN draws d ON d.id = ds.draw_id WHERE d.task_id = ? AND d.status = 'locked'",
      taskId,
    );
    const pool = one("SELECT pool_size FROM draws WHERE task_id = ? AND status = 'locked'", taskId);
    expect(report.at('实际抽查比例')).toBeCloseTo(drawn / pool, 10);
    expect(report.at('抽查户数')).toBe(drawn);
  });

  it('part one counts subjects in business and active officers, with the directories’ totals', async () => {
    await octoberCounty();
    await ok('subjects.create', {
      uscc: testUscc(90),
      name: '固阳县已注销商店',
      type: '企业',
      industryCode: 'F5211',
      riskClass: 'B',
      regStatus: '注销',
    });
    await ok('inspectors.create', {
      name: '已调离人员',
      departmentId: 1,
      certNo: 'ZF1991',
      certValidFrom: '2024-01-01',
      certValidTo: '2028-12-31',
      active: false,
    });
    const inBusiness = one("SELECT count(*) FROM subjects WHERE reg_status = '存续'");
    const allSubjects = one('SELECT count(*) FROM subjects');
    const active = one('SELECT count(*) FROM inspectors WHERE active = 1');
    const allInspectors = one('SELECT count(*) FROM inspectors');
    expect([inBusiness, allSubjects, active, allInspectors]).toEqual([40, 41, 6, 7]);
    expect((await monthly('2026-10')).directories).toBe(
      `检查对象（存续）${inBusiness} 户（名录库共 ${allSubjects} 户），执法检查人员（在岗）${active} 人（名录库共 ${allInspectors} 人）`,
    );
  });

  it('part one counts the items in force at the month’s end — not retired, not yet effective — per department when asked', async () => {
    await octoberCounty();
    const base = {
      basis: '依据',
      methods: ['实地核查' as const],
      category: 'general' as const,
      ratioCap: 5,
      frequencyCap: 1,
    };
    // 市场监管 (1): one item retired on 15 October, one effective only from December; 卫健 (17) keeps its key item.
    const retired = await ok('items.create', {
      ...base,
      code: 'SC-2',
      departmentId: 1,
      name: '旧事项',
      effectiveFrom: '2026-01-01',
    });
    await ok('items.retire', { id: retired.id, effectiveFrom: '2026-10-15', reason: '依据废止' });
    await ok('items.create', { ...base, code: 'SC-3', departmentId: 1, name: '新事项', effectiveFrom: '2026-12-01' });
    // By hand: per item, its version in force on the day (latest effective by then), counted when active.
    const inForce = (day: string, departmentId?: number) =>
      one(
        `SELECT count(*) FROM check_items i
         WHERE (? IS NULL OR i.department_id = ?)
           AND (SELECT v.status FROM check_item_versions v WHERE v.item_id = i.id AND v.effective_from <= ?
                ORDER BY v.effective_from DESC, v.version_no DESC LIMIT 1) = 'active'`,
        departmentId ?? null,
        departmentId ?? null,
        day,
      );
    expect(one('SELECT count(*) FROM check_items')).toBe(4);
    expect([inForce('2026-09-30'), inForce('2026-10-31'), inForce('2026-10-31', 1), inForce('2026-10-31', 17)]).toEqual(
      [3, 2, 1, 1],
    );
    expect((await monthly('2026-09')).items).toBe(`抽查事项 ${inForce('2026-09-30')} 项`);
    expect((await monthly('2026-10')).items).toBe(`抽查事项 ${inForce('2026-10-31')} 项`);
    const ofDepartment = await ok('reports.monthly', { month: '2026-10', departmentId: 1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(ofDepartment.download)!);
    expect(book.getWorksheet('月报表')!.getCell('F5').text).toBe(`抽查事项 ${inForce('2026-10-31', 1)} 项`);
  });

  it('counts joint inspections carried out in the month — visits with their first result in it — and says so in the notes', async () => {
    const { taskId, drawn, items } = await octoberCounty();
    // A fifth subject's first result is in September and its second in October: one visit, in September. A sixth is
    // visited in August.
    await ok('results.enter', cleanEntry(taskId, drawn[4]!.subjectId, items.general, '2026-09-28'));
    await ok('results.enter', cleanEntry(taskId, drawn[4]!.subjectId, items.key, '2026-10-03'));
    await ok('results.enter', cleanEntry(taskId, drawn[5]!.subjectId, items.general, '2026-08-10'));
    const visitsByHand = (month: string) =>
      one(
        `SELECT count(*) FROM (SELECT min(result_date) AS first FROM results WHERE task_id = ? GROUP BY subject_id)
         WHERE substr(first, 1, 7) = ?`,
        taskId,
        month,
      );
    expect(['2026-08', '2026-09', '2026-10', '2026-11'].map(visitsByHand)).toEqual([1, 1, 4, 0]);
    const october = await monthly('2026-10');
    expect(october.jointLine).toBe(`本月部门联合抽查 ${visitsByHand('2026-10')} 次，涉及 2 个部门。`);
    expect((await monthly('2026-09')).jointLine).toBe(
      `本月部门联合抽查 ${visitsByHand('2026-09')} 次，涉及 2 个部门。`,
    );
    // A month of the task's period with no visit has no joint inspection.
    expect((await monthly('2026-07')).jointLine).toBe('本月部门联合抽查 0 次，涉及 0 个部门。');
    expect(october.notes.some((n) => n.includes('首个检查结果形成于本月'))).toBe(true);
  });
});

describe('工作汇总: 按期公示率 and 完结率', () => {
  it('counts overdue unpublished results in the on-time rate’s denominator', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    office.t.clock.set(new Date('2026-12-15T02:00:00Z'));
    office.admin = await logIn(office.t.core);
    const ids: number[] = [];
    for (const s of drawn.slice(0, 4))
      ids.push((await ok('results.enter', cleanEntry(taskId, s.subjectId, items.general, '2026-10-12'))).result.id);
    // One published on time; three left past their deadline (20 working days: early November).
    await ok('results.publish', { ids: [ids[0]!], publishedOn: '2026-10-20' });
    const byHand = sql()
      .prepare(
        `SELECT sum(published_on IS NOT NULL AND published_on <= publish_due) AS onTime,
                sum(published_on IS NOT NULL) AS published,
                sum(published_on IS NULL AND withheld_reason IS NULL AND publish_due < '2026-12-15') AS overdue
         FROM results WHERE department_id = 1 AND result_date BETWEEN '2026-01-01' AND '2026-12-31'`,
      )
      .get() as { onTime: number; published: number; overdue: number };
    expect(byHand).toEqual({ onTime: 1, published: 1, overdue: 3 });

    const out = await ok('reports.summary', { period: '2026' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(out.download)!);
    let row: ExcelJS.CellValue[] = [];
    book.getWorksheet('按部门')!.eachRow((r) => {
      if (r.getCell(1).text === '市场监管') row = (r.values as ExcelJS.CellValue[]).slice(1);
    });
    // 部门, 清单事项数, 已抽查事项数, 覆盖率, 任务, 联合, 已公示, 按期公示率, 超期未公示, 后续处置, 完结率
    expect(row[6]).toBe(byHand.published);
    expect(row[7]).toBeCloseTo(byHand.onTime / (byHand.published + byHand.overdue), 10);
    expect(row[7]).toBeCloseTo(0.25, 10);
    // The overdue unpublished results have their own column, the count the rate divides by.
    expect(row[8]).toBe(byHand.overdue);
    // The statistics page says the same.
    const d = await ok('stats.dashboard', { year: 2026, departmentId: 1 });
    expect(d.onTime.rows.map((r) => [r.published, r.onTime, r.overdue])).toEqual([[1, 1, 3]]);
    expect(d.onTime.rate).toBeCloseTo(0.25, 10);
  });
});

describe('后续处置的决定日期', () => {
  it('defaults to today, and is refused before the result’s date or in the future; closing is not before it', async () => {
    const { ids } = await octoberCounty();
    const today = await ok('followups.create', {
      resultId: ids[1]!.general,
      measure: '01',
      departmentId: 1,
      dueOn: '2026-11-30',
    });
    expect(today.decidedOn).toBe('2026-11-02');
    const refused = async (decidedOn: string) => {
      const r = await office.t.core.call(withToken(office.admin), 'followups.create', {
        resultId: ids[2]!.general,
        measure: '01',
        departmentId: 1,
        decidedOn,
        dueOn: '2026-11-30',
      });
      return r.ok ? '' : r.error.message;
    };
    expect(await refused('2026-10-11')).toContain('早于检查结果的形成日期 2026-10-12');
    expect(await refused('2026-11-03')).toContain('晚于今天');
    const decided = await ok('followups.create', {
      resultId: ids[2]!.general,
      measure: '01',
      departmentId: 1,
      decidedOn: '2026-10-25',
      dueOn: '2026-11-30',
    });
    const close = await office.t.core.call(withToken(office.admin), 'followups.close', {
      id: decided.id,
      closedOn: '2026-10-24',
      outcome: '已整改',
    });
    expect(close.ok ? '' : close.error.message).toContain('不能早于处置决定日期 2026-10-25');
  });
});
