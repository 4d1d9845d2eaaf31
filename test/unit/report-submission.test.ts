import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { reportDueOn, submissionDeadlinesOf } from '../../electron/core/reports';
import { addUserAndLogin, logIn, resultOf, withToken } from '../support/core';
import { officeForEachTest } from '../support/office';
import { cleanEntry, lockedTask } from '../support/results';

vi.setConfig({ testTimeout: 120_000 });

const office = officeForEachTest();
const ok = office.ok;

const sha256Of = (downloadId: string): string =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(office.t.core.files.downloadPath(downloadId)!))
    .digest('hex');

/** Moves the office's clock and logs the administrator in again (the session would have expired). */
async function at(instant: string) {
  office.t.clock.set(new Date(instant));
  office.admin = await logIn(office.t.core);
}

/** The joint task of 市场监管 (1) and 卫健 (17), locked and matched, with the first `n` subjects' results entered. */
async function taskWithResults(n: number, date: string) {
  const task = await lockedTask(office.t.core, office.admin);
  await at('2026-11-02T02:00:00Z');
  await enter(task, 0, n, date);
  return task;
}

async function enter(task: Awaited<ReturnType<typeof lockedTask>>, from: number, to: number, date: string) {
  for (const s of task.drawn.slice(from, to)) {
    await ok('results.enter', cleanEntry(task.taskId, s.subjectId, task.items.general, date));
    await ok('results.enter', cleanEntry(task.taskId, s.subjectId, task.items.key, date));
  }
}

describe('报送: the due-date rule and the settings', () => {
  it('dates each report by the GY defaults and follows the annual period end', async () => {
    const defaults = submissionDeadlinesOf(office.t.core.db);
    expect(defaults).toEqual({
      monthlyDueDay: 5,
      halfYearDue: '09-06',
      annualDue: '11-30',
      annualPeriodEnd: '11-30',
    });
    expect(reportDueOn('monthly', '2026-06', defaults)).toBe('2026-07-05');
    expect(reportDueOn('monthly', '2026-12', defaults)).toBe('2027-01-05');
    expect(reportDueOn('halfYear', '2026H1', defaults)).toBe('2026-09-06');
    expect(reportDueOn('annual', '2026', defaults)).toBe('2026-11-30');
    expect(reportDueOn('annual', '2026', { ...defaults, annualPeriodEnd: '12-31' })).toBe('2027-11-30');

    await at('2026-12-04T02:00:00Z');
    const before = await ok('reports.submissions', { kind: 'annual', period: '2026' });
    expect(before.periodEnd).toBe('2026-11-30');
    expect(before.dueOn).toBe('2026-11-30');
    expect(new Set(before.rows.map((r) => r.state))).toEqual(new Set(['missing']));
    await ok('settings.set', { key: 'reports.annualPeriodEnd', value: '12-31' });
    const after = await ok('reports.submissions', { kind: 'annual', period: '2026' });
    expect(after.dueOn).toBe('2027-11-30');
    expect(new Set(after.rows.map((r) => r.state))).toEqual(new Set(['notYet']));
    expect(await office.refusal('settings.set', { key: 'reports.halfYearDue', value: '02-30' })).toBe(
      '「半年工作总结报送截止日（月-日）」：半年工作总结报送截止日不是每年都有的日期，请重新填写。',
    );
  });

  it('flags a report submitted after its due date as 逾期报送, and one not submitted as 未报送 then 逾期未报', async () => {
    await at('2026-11-03T02:00:00Z');
    await ok('reports.submit', { kind: 'monthly', period: '2026-10', departmentId: 1 });
    let grid = await ok('reports.submissions', { kind: 'monthly', period: '2026-10' });
    expect(grid.dueOn).toBe('2026-11-05');
    const state = (id: number) => grid.rows.find((r) => r.departmentId === id)?.state;
    expect([state(1), state(17)]).toEqual(['submitted', 'notYet']);
    await at('2026-11-06T02:00:00Z');
    grid = await ok('reports.submissions', { kind: 'monthly', period: '2026-10' });
    expect([state(1), state(17)]).toEqual(['submitted', 'missing']);
    await ok('reports.submit', { kind: 'monthly', period: '2026-10', departmentId: 17 });
    grid = await ok('reports.submissions', { kind: 'monthly', period: '2026-10' });
    expect([state(1), state(17)]).toEqual(['submitted', 'submittedLate']);
    expect(await office.refusal('reports.submit', { kind: 'monthly', period: '2026-11', departmentId: 1 })).toBe(
      '2026年11月尚未结束（截至 2026-11-30），月报表从期末当日起才能报送。',
    );
  });
});

describe('报送 freezes the report', () => {
  it('hands the submitted workbook back byte for byte after the data changed, and keeps every version', async () => {
    const task = await taskWithResults(4, '2026-10-12');
    await at('2026-11-02T02:00:00Z');
    const first = await ok('reports.submit', { kind: 'monthly', period: '2026-10', departmentId: 1 });
    expect(first.version).toBe(1);
    const stored = office.t.core.db.$client
      .prepare('SELECT figures, audit_head_hash AS head FROM report_submissions WHERE id = ?')
      .get(first.id) as { figures: string; head: string };
    expect(stored.head).toMatch(/^[0-9a-f]{64}$/);
    expect((JSON.parse(stored.figures) as { rows: { checked: number }[] }).rows[0]!.checked).toBe(4);
    const download = await ok('reports.submittedFile', { id: first.id });
    expect(sha256Of(download.download)).toBe(first.sha256);

    // Later results dated in October change the October report as built today, not the submitted one.
    await enter(task, 4, 8, '2026-10-20');
    const today = await ok('reports.monthly', { month: '2026-10', departmentId: 1 });
    expect(sha256Of(today.download)).not.toBe(first.sha256);
    const again = await ok('reports.submittedFile', { id: first.id });
    expect(sha256Of(again.download)).toBe(first.sha256);

    expect(await office.refusal('reports.submit', { kind: 'monthly', period: '2026-10', departmentId: 1 })).toBe(
      '该月报表已报送过（第 1 版）。重新报送请填写原因，原报送版本会保留。',
    );
    const second = await ok('reports.submit', {
      kind: 'monthly',
      period: '2026-10',
      departmentId: 1,
      reason: '补录了 10 月 20 日的检查结果',
    });
    expect(second.version).toBe(2);
    expect(second.sha256).not.toBe(first.sha256);
    const grid = await ok('reports.submissions', { kind: 'monthly', period: '2026-10' });
    const row = grid.rows.find((r) => r.departmentId === 1)!;
    expect(row.versions.map((v) => [v.version, v.reason])).toEqual([
      [2, '补录了 10 月 20 日的检查结果'],
      [1, ''],
    ]);
    expect(sha256Of((await ok('reports.submittedFile', { id: first.id })).download)).toBe(first.sha256);
    expect(() => office.t.core.db.$client.prepare('DELETE FROM report_submissions').run()).toThrow(/append-only/);
  });

  it('lets a department submit and read only its own reports', async () => {
    await at('2026-11-02T02:00:00Z');
    const dept = await addUserAndLogin(office.t.core, office.admin, {
      username: 'weijian',
      role: 'deptAdmin',
      departmentId: 17,
    });
    const own = await resultOf(office.t.core, withToken(dept), 'reports.submit', {
      kind: 'monthly',
      period: '2026-10',
      departmentId: 17,
    });
    expect(own.ok).toBe(true);
    const other = await resultOf(office.t.core, withToken(dept), 'reports.submit', {
      kind: 'monthly',
      period: '2026-10',
      departmentId: 1,
    });
    expect(other.ok ? null : other.error.code).toBe('FORBIDDEN');
    const county = await ok('reports.submit', { kind: 'monthly', period: '2026-10', departmentId: 1 });
    const read = await resultOf(office.t.core, withToken(dept), 'reports.submittedFile', {
      id: county.id,
    });
    expect(read.ok ? null : read.error.code).toBe('FORBIDDEN');
  });
});

describe('报送 on 待办 and in the county compilation', () => {
  it('shows reports due soon, then late, for the caller’s share', async () => {
    await at('2026-11-02T02:00:00Z');
    const owed = async () => (await ok('todo.counts', {})).reportsOwed.filter((r) => r.kind === 'monthly');
    let monthly = await owed();
    expect(monthly.find((r) => r.departmentId === 17)).toMatchObject({
      period: '2026-10',
      dueOn: '2026-11-05',
      state: 'notYet',
      label: '2026年10月月报表',
    });
    await ok('reports.submit', { kind: 'monthly', period: '2026-10', departmentId: 1 });
    monthly = await owed();
    expect(monthly.some((r) => r.departmentId === 1)).toBe(false);
    await at('2026-11-06T02:00:00Z');
    monthly = await owed();
    expect(monthly.find((r) => r.departmentId === 17)?.state).toBe('missing');
    const dept = await addUserAndLogin(office.t.core, office.admin, {
      username: 'weijian',
      role: 'deptAdmin',
      departmentId: 17,
    });
    const mine = await resultOf(office.t.core, withToken(dept), 'todo.counts', {});
    const rows = mine.ok ? (mine.value as { reportsOwed: { departmentId: number }[] }).reportsOwed : [];
    expect(new Set(rows.map((r) => r.departmentId))).toEqual(new Set([17]));
  });

  it('compiles the county’s month from the submitted figures and names the departments missing', async () => {
    const task = await taskWithResults(3, '2026-10-12');
    await at('2026-11-02T02:00:00Z');
    await ok('reports.submit', { kind: 'monthly', period: '2026-10', departmentId: 1 });
    // Entered after the submission: the compilation still counts what was submitted.
    await enter(task, 3, 6, '2026-10-15');
    let compiled = await ok('reports.compile', { month: '2026-10' });
    expect(compiled.submitted.map((d) => d.departmentId)).toEqual([1]);
    expect(compiled.missing.map((d) => d.departmentId)).toContain(17);
    // 卫健 submits later, with six subjects checked: the joint task's row is taken once, from its lead (市场监管).
    await ok('reports.submit', { kind: 'monthly', period: '2026-10', departmentId: 17 });
    compiled = await ok('reports.compile', { month: '2026-10' });
    expect(compiled.submitted.map((d) => d.departmentId)).toEqual([1, 17]);
    expect(compiled.missing.map((d) => d.departmentId)).not.toContain(17);
    const frozen = JSON.parse(
      office.t.core.db.$client
        .prepare('SELECT figures FROM report_submissions WHERE department_id = 1')
        .pluck()
        .get() as string,
    ) as { rows: { drawn: number; checked: number }[] };
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(compiled.download!)!);
    expect(compiled.rows).toBe(frozen.rows.length);
    const sum = (k: 'drawn' | 'checked') => frozen.rows.reduce((n, r) => n + r[k], 0);
    expect(sum('checked')).toBe(3);
    const values = book.worksheets[0]!.getSheetValues().flat().map(String);
    expect(values).toContain(String(sum('drawn')));
    expect(values).toContain('3');
    expect(values).not.toContain('6');
  });
});
