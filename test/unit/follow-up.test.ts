import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../electron/core/contract';
import {
  addUserAndLogin,
  expectOk,
  logIn,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
  refusalOf,
  resultOf,
} from '../support/core';
import { cleanEntry, lockedTask } from '../support/results';

let t: TestCore;
let admin: string;
beforeEach(async () => {
  t = openTestCore();
  admin = await setUpOffice(t.core);
});
afterEach(() => t.cleanup());

const ok = <M extends MethodName>(method: M, input: MethodInput<M>, token = admin) =>
  expectOk(t.core, withToken(token), method, input);
const refusal = <M extends MethodName>(method: M, input: MethodInput<M>, token = admin) =>
  refusalOf(t.core, withToken(token), method, input);
async function onNov2(): Promise<void> {
  t.clock.set(new Date('2026-11-02T02:00:00Z'));
  admin = await logIn(t.core);
}

describe('follow-up and credit feedback', () => {
  it('records and closes a follow-up, and confirms a proposed class change onto the subject', async () => {
    const { taskId, drawn, items } = await lockedTask(t.core, admin);
    await onNov2();
    const subject = drawn.find((s) => s.riskClass === 'B') ?? drawn[0]!;
    const { result } = await ok('results.enter', {
      ...cleanEntry(taskId, subject.subjectId, items.general, '2026-10-15'),
      categories: ['06'],
      problems: '超范围经营',
    });

    expect(
      await refusal('followups.create', { resultId: result.id, measure: '00', departmentId: 1, dueOn: '2026-11-30' }),
    ).toContain('不必登记');
    // A result that found no problem takes no follow-up (issue 16, point 15).
    const clean = await ok(
      'results.enter',
      cleanEntry(taskId, drawn.find((s) => s !== subject)!.subjectId, items.general, '2026-10-15'),
    );
    expect(
      await refusal('followups.create', {
        resultId: clean.result.id,
        measure: '01',
        departmentId: 1,
        dueOn: '2026-11-30',
      }),
    ).toContain('未发现问题，不需要后续处置');
    expect(
      await refusal('followups.create', { resultId: result.id, measure: '01', departmentId: 1, dueOn: '2026-10-01' }),
    ).toContain('早于今天');
    // Another department's administrator cannot open one by naming itself responsible.
    const health = await addUserAndLogin(t.core, admin, { username: 'wj2', role: 'deptAdmin', departmentId: 17 });
    expect(
      await refusal(
        'followups.create',
        { resultId: result.id, measure: '01', departmentId: 17, dueOn: '2026-11-30' },
        health,
      ),
    ).toContain('本部门');
    const follow = await ok('followups.create', {
      resultId: result.id,
      measure: '01',
      departmentId: 1,
      dueOn: '2026-11-30',
    });
    expect(follow).toMatchObject({ measureName: '责令改正', status: 'open', subjectName: subject.name });
    let progress = (await ok('results.sheet', { taskId })).progress;
    expect(progress.openFollowUps).toBe(1);
    expect(await refusal('followups.close', { id: follow.id, closedOn: '2026-11-20', outcome: '已整改' })).toContain(
      '晚于今天',
    );
    const closed = await ok('followups.close', {
      id: follow.id,
      closedOn: '2026-11-02',
      outcome: '已整改到位',
    });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-11-02' });
    progress = (await ok('results.sheet', { taskId })).progress;
    expect(progress.openFollowUps).toBe(0);

    // The problem proposed B → C (or the next class up); confirming it writes the subject's history.
    const [proposal] = await ok('credit.list', { status: 'proposed' });
    const next = { A: 'B', B: 'C', C: 'D' }[subject.riskClass];
    expect(proposal).toMatchObject({ subjectId: subject.subjectId, fromClass: subject.riskClass, toClass: next });
    const inspector = await addUserAndLogin(t.core, admin, { username: 'li', role: 'inspector', departmentId: 1 });
    expect(
      (await resultOf(t.core, withToken(inspector), 'credit.decide', { id: proposal!.id, decision: 'confirm' })).ok,
    ).toBe(false);
    expect(await refusal('credit.decide', { id: proposal!.id, decision: 'reject' })).toContain('理由');
    await ok('credit.decide', { id: proposal!.id, decision: 'confirm', note: '' });
    const after = await ok('subjects.get', { id: subject.subjectId });
    expect(after.subject.riskClass).toBe(next);
    expect(after.history[0]).toMatchObject({
      source: 'credit',
      changes: [{ field: 'riskClass', old: subject.riskClass, new: next }],
    });
    expect(await refusal('credit.decide', { id: proposal!.id, decision: 'confirm' })).toContain('已处理');

    // 归集到主体名下: the subject's page sees the task, its code and its result.
    const record = await ok('results.ofSubject', { subjectId: subject.subjectId });
    expect(record.map((r) => [r.taskId, r.results.map((x) => x.categories)])).toEqual([[taskId, [['06']]]]);
    expect(record[0]?.code).toMatch(/^.{4}-.{4}-.{4}$/);
  });
});

describe('个案 and the calendar', () => {
  it('records a case from a complaint and closes it', async () => {
    await onNov2();
    expect(
      await refusal('cases.create', {
        source: '投诉举报',
        receivedOn: '2026-10-08',
        departmentId: 1,
        summary: '消费者投诉',
      }),
    ).toContain('对象名称');
    const made = await ok('cases.create', {
      source: '投诉举报',
      receivedOn: '2026-10-08',
      subjectName: '固阳县某超市',
      departmentId: 1,
      summary: '消费者投诉售卖过期食品',
    });
    expect(await refusal('cases.close', { id: made.id, closedOn: '2026-10-01', outcome: '立案' })).toContain(
      '受理日期',
    );
    await ok('cases.close', { id: made.id, closedOn: '2026-10-20', outcome: '立案查处，罚款 5000 元' });
    expect(await ok('cases.list', { open: false })).toEqual([
      expect.objectContaining({ id: made.id, outcome: '立案查处，罚款 5000 元' }),
    ]);
    const health = await addUserAndLogin(t.core, admin, { username: 'wj', role: 'deptAdmin', departmentId: 17 });
    expect(await refusal('cases.close', { id: made.id, closedOn: '2026-10-20', outcome: '办结' }, health)).toContain(
      '本部门',
    );
  });

  it('moves pending deadlines when a day is edited, and imports later years from a calendar file', async () => {
    const { taskId, drawn, items } = await lockedTask(t.core, admin);
    await onNov2();
    const { result } = await ok('results.enter', cleanEntry(taskId, drawn[0]!.subjectId, items.general, '2026-10-30'));
    expect(result.publishDue).toBe('2026-11-27');
    // Declaring Monday 16 November a holiday pushes the deadline one working day.
    const set = await ok('calendar.setDay', {
      date: '2026-11-16',
      kind: 'holiday',
      name: '临时放假',
    });
    expect(set).toMatchObject({ workday: false, moved: 1 });
    let history = await ok('results.history', { id: result.id });
    expect(history.result.publishDue).toBe('2026-11-30');
    expect(await refusal('calendar.setDay', { date: '2026-11-17', kind: 'workday' })).toContain('本来就是工作日');
    await ok('calendar.setDay', { date: '2026-11-16', kind: 'normal' });
    history = await ok('results.history', { id: result.id });
    expect(history.result.publishDue).toBe('2026-11-27');

    const bad = t.core.files.newUpload('bad.json');
    fs.writeFileSync(bad.path, '{"years": 5}');
    expect(await refusal('calendar.importFile', { upload: bad.id })).toContain('不是有效的工作日历');
    const file = t.core.files.newUpload('2027.json');
    fs.writeFileSync(
      file.path,
      JSON.stringify({
        source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
        years: { '2027': { holidays: [['元旦', '2027-01-01', '2027-01-03']], workdays: [] } },
      }),
    );
    expect(await ok('calendar.importFile', { upload: file.id })).toEqual({ years: [2027], moved: 1 });
    expect(await ok('calendar.add', { date: '2026-12-31', days: 1 })).toEqual({ date: '2027-01-04' });
    expect((await ok('calendar.days', { year: 2027 })).map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
});
