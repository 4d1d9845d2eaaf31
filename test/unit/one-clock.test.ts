import { afterEach, describe, expect, it } from 'vitest';
import { AuthorizationOffice, OWN, TODAY } from '../support/authorization';
import { openTestCore, type TestCore } from '../support/core';

/**
 * One clock: every created_at / updated_at a handler writes is the call's clock (ctx.now), never SQLite's wall
 * clock. The office's clock is fixed far from the real date, a wide run of writes goes through dispatch, and
 * every row of every table with those columns that the run added or changed must carry exactly that instant.
 */

type Snapshot = Map<string, Map<number, Record<string, unknown>>>;

/** Every row (by rowid) of every table that has a created_at or updated_at column. */
function snapshot(t: TestCore): Snapshot {
  const client = t.core.db.$client;
  const tables = client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const out: Snapshot = new Map();
  for (const { name } of tables) {
    const columns = (client.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name);
    if (!columns.includes('created_at') && !columns.includes('updated_at')) continue;
    if (name === '__drizzle_migrations') continue;
    const rows = client.prepare(`SELECT rowid AS _rowid, * FROM "${name}"`).all() as Record<string, unknown>[];
    out.set(name, new Map(rows.map((r) => [Number(r._rowid), r])));
  }
  return out;
}

/** The rows added or changed between two snapshots whose stamps are not `at`, as "table#rowid column=value". */
function offClock(before: Snapshot, after: Snapshot, at: string): string[] {
  const wrong: string[] = [];
  for (const [table, rows] of after) {
    for (const [rowid, row] of rows) {
      const old = before.get(table)?.get(rowid);
      if (old && JSON.stringify(old) === JSON.stringify(row)) continue;
      const stamps = old && old.created_at === row.created_at ? ['updated_at'] : ['created_at', 'updated_at'];
      for (const column of stamps)
        if (column in row && row[column] !== at) wrong.push(`${table}#${rowid} ${column}=${String(row[column])}`);
    }
  }
  return wrong;
}

const tables = (s: Snapshot, rows: (table: string, count: number) => boolean) =>
  [...s].filter(([table, r]) => rows(table, r.size)).map(([table]) => table);

let t: TestCore | null = null;
afterEach(() => t?.cleanup());

describe('one clock', () => {
  it('stamps every row a draw, a match, a result, a plan change and an import write with the call’s clock', async () => {
    t = openTestCore();
    // Rows written while the core opened: the departments and calendar it seeds carry the core's clock too.
    const opened = snapshot(t);
    const seededAt = '2026-03-02T01:00:00.000Z';
    for (const table of ['departments', 'calendar_years', 'calendar_days']) {
      const stamps = [...(opened.get(table)?.values() ?? [])].map((r) => [r.created_at, r.updated_at]);
      expect(stamps.length, table).toBeGreaterThan(0);
      const off = stamps.flat().filter((stamp) => stamp !== seededAt);
      expect.soft(off.length, `${table}: stamps other than ${seededAt}, e.g. ${String(off[0])}`).toBe(0);
    }

    const o = new AuthorizationOffice(t);
    // setUp fixes the clock at TODAY, 10:00 in Beijing, and writes the office, accounts, items, officers, recusals.
    await o.setUp();
    const at = `${TODAY}T02:00:00.000Z`;
    expect(t.clock.now().toISOString()).toBe(at);

    // A draw, a team match, a change of member, inspection codes.
    const drawn = await o.matchedTask('own', 'draws');
    const team = await o.team(drawn);
    await o.ok('draws.changeMember', {
      taskId: drawn,
      subjectId: o.subjects.draws.id,
      removeInspectorId: team[0]!,
      addInspectorId: o.officers.own.find((id) => !team.includes(id))!,
      reason: '原成员出差',
    });
    await o.ok('codes.issue', { taskId: drawn });
    // A redraw superseding the first attempt (updates the earlier draw row).
    const task = await o.task('own');
    const first = await o.ok('draws.open', { taskId: task });
    await o.ok('draws.run', { drawId: first.id, witnesses: [{ name: '李监督', value: '1' }] });
    await o.ok('draws.open', { taskId: task, reason: '监督人数字录入有误', approver: '张局长' });
    // A rematch superseding the first match.
    const rematched = await o.matchedTask('own', 'draws');
    await o.ok('draws.match', { taskId: rematched, reason: '人员调整后重新匹配' });

    // Result entry, a correction, review settings, publication, an attachment, a follow-up, a credit decision.
    const resultTask = await o.matchedTask('own', 'results');
    const entered = await o.ok('results.enter', o.entry('own', resultTask));
    await o.ok('results.enter', { ...o.entry('own', resultTask), description: '复核后更正' });
    await o.ok('results.attach', { resultId: entered.result.id, upload: o.uploadText('a.txt', '照片'), name: '照片' });
    await o.ok('results.publish', { ids: [entered.result.id] });
    const problem = await o.result('other', { problem: true });
    await o.ok('followups.close', { id: await o.followUp('other', problem), closedOn: TODAY, outcome: '已整改' });
    const withheld = await o.result('own', { pool: 'draws' });
    await o.ok('results.withhold', { id: withheld, reason: '依法不予公示的情形' });
    await o.ok('credit.decide', { id: await o.proposal(), decision: 'reject', note: '问题已整改' });
    await o.ok('results.saveCategory', { code: 'Z1', name: '测试类别' });
    await o.ok('results.saveCategory', { code: 'Z1', name: '测试类别（改）' });
    await o.ok('results.saveMeasure', { code: 'Z2', name: '测试措施' });
    await o.ok('results.updateRules', { publishWithin: 20, entryWithin: 10, review: true });
    const reviewed = await o.result('other');
    await o.ok('results.review', { ids: [reviewed], decision: 'approve' });

    // A plan change: a published plan's task modified with an adjustment, then the adjustment published.
    const planTask = await o.publishedPlanTask('own');
    const plan = await o.ok('plans.get', {
      id: (await o.ok('plans.list', {})).find((p) => p.status === 'published')!.id,
    });
    const year = plan.plan.year;
    await o.ok('plans.saveTask', {
      planId: plan.plan.id,
      taskId: planTask,
      fields: { ...o.taskFields('own', 'draws', year), name: '调整后的任务' },
      adjustment: { reason: '检查期间顺延', filedOn: TODAY },
    });
    await o.ok('plans.publish', { id: plan.plan.id, publishedOn: TODAY });
    await o.ok('tasks.createFromPlan', { planTaskId: planTask });

    // Imports: items, subjects and inspectors.
    const items = await o.ok('items.importPreview', { upload: await o.itemsWorkbook('own'), effectiveFrom: TODAY });
    await o.ok('items.importCommit', { token: items.token, mode: 'strict' });
    const subjects = await o.ok('subjects.importPreview', { upload: await o.subjectsWorkbook() });
    await o.ok('subjects.importCommit', { token: subjects.token, mode: 'strict' });
    const officers = await o.ok('inspectors.importPreview', { upload: await o.inspectorsWorkbook('own') });
    await o.ok('inspectors.importCommit', { token: officers.token, mode: 'strict' });

    // The lists and the office: items, subjects, officers, experts, libraries, calendar, settings, departments,
    // accounts, cases.
    const fields = o.itemFields('own');
    const item = await o.ok('items.create', { ...fields, effectiveFrom: '2026-01-01' });
    await o.ok('items.revise', {
      ...fields,
      id: item.id,
      name: '修订后的事项',
      effectiveFrom: TODAY,
      reason: '依据修订',
    });
    await o.ok('items.retire', { id: await o.item('own'), effectiveFrom: TODAY, reason: '依据废止' });
    await o.ok('items.jointCreate', {
      name: '联合事项',
      leadDepartmentId: OWN,
      itemIds: [o.keyItems.own, o.keyItems.other],
    });
    await o.ok('subjects.update', {
      id: o.subjects.edit.id,
      uscc: o.subjects.edit.uscc,
      name: '固阳县编辑商店',
      type: '企业',
      industryCode: 'G5410',
      riskClass: 'B',
    });
    const officer = await o.inspector('own');
    await o.ok('inspectors.update', { id: officer, ...o.inspectorFields('own'), active: false });
    await o.ok('inspectors.endRecusal', { id: await o.recusal('own'), reason: '已搬离该区域' });
    const expert = await o.ok('experts.create', { name: '周工', organisation: '检验所', orgType: '检测机构' });
    await o.ok('experts.update', {
      id: expert.id,
      name: expert.name,
      organisation: expert.organisation,
      orgType: '检测机构',
      phone: '12345',
      active: true,
    });
    await o.ok('libraries.saveTag', { name: '食品', category: '许可' });
    await o.ok('libraries.saveTag', { name: '食品', category: '行业' });
    await o.ok('libraries.retire', { id: await o.library('own') });
    await o.ok('calendar.setDay', { date: o.freshWeekday(), kind: 'holiday', name: '临时' });
    const calendarYear = o.freshCalendarYear();
    await o.ok('calendar.saveYear', {
      year: Number(calendarYear),
      origin: 'manual',
      days: [{ date: `${calendarYear}-01-01`, kind: 'holiday', name: '元旦' }],
    });
    await o.ok('settings.set', { key: 'plans.publishBy', value: '04-30' });
    await o.ok('settings.updateOffice', { officeName: '固阳县市场监督管理局', regionCode: '150222' });
    const department = await o.ok('departments.create', { code: 'TESTD', name: '县测试局', shortName: '测试' });
    await o.ok('departments.update', { id: department.id, code: 'TESTD', name: '县测试局（改）', shortName: '测试' });
    await o.ok('departments.setActive', { id: department.id, active: false });
    const user = await o.user('own');
    await o.ok('users.update', { id: user, displayName: '改过的姓名', role: 'inspector', departmentId: OWN });
    await o.ok('users.resetPassword', { id: user, password: 'Reset12345' });
    await o.ok('users.setActive', { id: user, active: false });
    const opened2 = await o.ok('cases.create', o.caseFields('own'));
    await o.ok('cases.close', { id: opened2.id, closedOn: TODAY, outcome: '已调解' });

    const after = snapshot(t);
    // The run reached (nearly) every table with stamps; each row it added or changed carries the office's clock.
    expect(tables(after, (table, n) => n > (opened.get(table)?.size ?? 0)).length).toBeGreaterThan(25);
    expect(offClock(opened, after, at)).toEqual([]);
  }, 120_000);
});
