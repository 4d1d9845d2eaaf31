import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import {
  addUserAndLogin,
  logIn,
  okAs,
  withToken,
  refusalOf,
  type RefusalCall,
  type OkCall,
  resultOf,
  callUnchecked,
  messageOf,
} from '../support/core';
import { officeForEachTest } from '../support/office';
import { cleanEntry, lockedTask } from '../support/results';

const office = officeForEachTest();

const call = (token: string): { ok: OkCall; refusal: RefusalCall } => ({
  ok: okAs(office.t.core, token),
  refusal: (method, input) => refusalOf(office.t.core, withToken(token), method, input),
});
const as = call;
/** Monday 2 November 2026, 10:00 in Beijing. */
const NOV_2 = new Date('2026-11-02T02:00:00Z');
/** Moves the clock (past the session's lifetime) and logs the administrator in again. */
async function at(instant: Date): Promise<void> {
  office.t.clock.set(instant);
  office.admin = await logIn(office.t.core);
}

describe('results entry', () => {
  it('enters a result per subject and item, refuses bad ones with the field to fix, and keeps corrections', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    await at(NOV_2);
    const { ok, refusal } = as(office.admin);
    const subject = drawn[0]!.subjectId;
    const entered = await ok('results.enter', cleanEntry(taskId, subject, items.general, '2026-09-30'));
    expect(entered.outcome).toBe('fresh');
    // 20 working days after 30 September: National Day (1–7 October) skipped, Saturday 10 October worked.
    expect(entered.result).toMatchObject({ publishDue: '2026-11-03', status: 'entered', version: 1 });

    const bad = (patch: Partial<MethodInput<'results.enter'>>) =>
      refusal('results.enter', { ...cleanEntry(taskId, subject, items.key, '2026-09-30'), ...patch });
    expect(await bad({ resultDate: '2026-03-31' })).toContain('不在任务检查期间');
    expect(await bad({ resultDate: '2026-10-31', subjectId: 999_999 })).toContain('不在任务');
    expect(await bad({ categories: ['01', '05'], problems: '无证' })).toContain('不能与发现问题');
    expect(await bad({ categories: ['06'] })).toContain('写明发现的问题');
    expect(await bad({ categories: ['77'] })).toContain('不在结果类别清单');
    // A method outside the list, as a hand-made request could send: the contract's check names the field.
    const phoned = await callUnchecked(office.t.core, withToken(office.admin), 'results.enter', {
      ...cleanEntry(taskId, subject, items.key, '2026-09-30'),
      method: '电话',
    });
    expect(messageOf(phoned)).toContain('实际检查方式');
    office.t.clock.set(new Date('2026-10-20T02:00:00Z'));
    expect(await bad({ resultDate: '2026-10-30' })).toContain('晚于今天');
    office.t.clock.set(NOV_2);

    // Entering the same content again changes nothing; different content is a correction and needs a reason.
    const again = await ok('results.enter', cleanEntry(taskId, subject, items.general, '2026-09-30'));
    expect(again.outcome).toBe('unchanged');
    const corrected = { ...cleanEntry(taskId, subject, items.general, '2026-10-03'), description: '复核后更正日期' };
    expect(await refusal('results.enter', corrected)).toContain('更正须写明原因');
    const fixed = await ok('results.enter', { ...corrected, reason: '日期填错' });
    // A result formed on a holiday counts from the next working day: the same deadline.
    expect(fixed).toMatchObject({
      outcome: 'changed',
      result: { version: 2, resultDate: '2026-10-03', publishDue: '2026-11-03' },
    });
    const history = await ok('results.history', { id: fixed.result.id });
    expect(history.versions).toEqual([
      expect.objectContaining({ version: 1, resultDate: '2026-09-30', reason: '日期填错', correctedBy: '王管理' }),
    ]);
  });

  it('lets only the team, its department administrator and the lead office enter (谁检查、谁录入)', async () => {
    const { taskId, drawn, items, officers } = await lockedTask(office.t.core, office.admin);
    await at(NOV_2);
    const first = drawn[0]!;
    const onTeam = first.team.find((m) => m.role === 'officer' && m.departmentName === '市场监管')!;
    const otherSubject = drawn.find((s) => !s.team.some((m) => m.id === onTeam.id))!;
    const inspector = await addUserAndLogin(office.t.core, office.admin, {
      username: 'zhang',
      role: 'inspector',
      departmentId: 1,
    });
    const users = await as(office.admin).ok('users.list', {});
    const zhang = users.find((u) => u.username === 'zhang')!;

    expect(
      await as(inspector).refusal('results.enter', cleanEntry(taskId, first.subjectId, items.general, '2026-10-09')),
    ).toContain('尚未关联执法人员');
    // Linking to an officer of another department is refused; the link to a team member works (and ends the session).
    const health = officers[3]!;
    expect(await as(office.admin).refusal('users.linkInspector', { id: zhang.id, inspectorId: health })).toContain(
      '本部门',
    );
    await as(office.admin).ok('users.linkInspector', { id: zhang.id, inspectorId: onTeam.id });
    const relogged = await resultOf(office.t.core, { door: 'http', local: true }, 'auth.login', {
      username: 'zhang',
      password: 'User12345',
    });
    if (!relogged.ok || relogged.session?.kind !== 'started') throw new Error('login failed');
    const zhangToken = relogged.session.token;

    await as(zhangToken).ok('results.enter', cleanEntry(taskId, first.subjectId, items.general, '2026-10-09'));
    expect(
      await as(zhangToken).refusal(
        'results.enter',
        cleanEntry(taskId, otherSubject.subjectId, items.general, '2026-10-09'),
      ),
    ).toContain('检查组的执法人员');

    const healthAdmin = await addUserAndLogin(office.t.core, office.admin, {
      username: 'wj',
      role: 'deptAdmin',
      departmentId: 17,
    });
    expect(
      await as(healthAdmin).refusal(
        'results.enter',
        cleanEntry(taskId, otherSubject.subjectId, items.general, '2026-10-09'),
      ),
    ).toContain('本部门事项');
    await as(healthAdmin).ok('results.enter', cleanEntry(taskId, otherSubject.subjectId, items.key, '2026-10-09'));

    const viewer = await addUserAndLogin(office.t.core, office.admin, { username: 'boss', role: 'viewer' });
    const denied = await resultOf(
      office.t.core,
      withToken(viewer),
      'results.enter',
      cleanEntry(taskId, first.subjectId, items.key, '2026-10-09'),
    );
    expect(denied.ok).toBe(false);
    const sheet = await as(zhangToken).ok('results.sheet', { taskId });
    expect(sheet.rows.filter((r) => r.mayEnter).map((r) => r.subjectId)).toContain(first.subjectId);
    expect(sheet.rows.filter((r) => r.mayEnter).map((r) => r.subjectId)).not.toContain(otherSubject.subjectId);
  });
});

describe('deadlines, review and publication', () => {
  it('flags overdue and due-soon results per department and officer, and a task late with its entries', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    await at(NOV_2);
    const { ok } = as(office.admin);
    await ok('results.enter', cleanEntry(taskId, drawn[0]!.subjectId, items.general, '2026-08-03')); // due 08-31: overdue
    await ok('results.enter', cleanEntry(taskId, drawn[1]!.subjectId, items.general, '2026-09-30')); // due 11-03: soon
    await ok('results.enter', cleanEntry(taskId, drawn[2]!.subjectId, items.key, '2026-10-30')); // due 11-27: neither
    const counts = await ok('todo.counts', {});
    expect(counts).toMatchObject({ overdue: 1, dueSoon: 1, today: '2026-11-02', soon: '2026-11-05' });
    expect(counts.byDepartment).toEqual([
      expect.objectContaining({ departmentName: '市场监管', overdue: 1, dueSoon: 1 }),
    ]);
    const teamOfFirst = drawn[0]!.team.filter((m) => m.role === 'officer').map((m) => m.name);
    expect(
      counts.byInspector
        .filter((i) => i.overdue === 1)
        .map((i) => i.name)
        .sort(),
    ).toEqual(teamOfFirst.sort());
    // The task ended 31 October: 10 working days later (13 November) entries are late, not yet on 2 November.
    expect(counts.tasksLate).toEqual([]);
    const overdue = await ok('todo.list', { kind: 'overdue' });
    expect(overdue.map((r) => [r.subjectId, r.publishDue, r.flag])).toEqual([
      [drawn[0]!.subjectId, '2026-08-31', 'overdue'],
    ]);
    await at(new Date('2026-11-16T02:00:00Z'));
    const later = await as(office.admin).ok('todo.counts', {});
    expect(later.tasksLate).toEqual([expect.objectContaining({ taskId, entryDue: '2026-11-13', missing: 19 })]);

    // A deadline the calendar cannot reach (2027 is not covered) refuses the rule change; nothing moves.
    const rule = (publishWithin: number) => ({ publishWithin, entryWithin: 10, review: false });
    expect(await as(office.admin).refusal('results.updateRules', rule(60))).toContain('尚未包含 2027 年');
    expect(await as(office.admin).ok('results.rules', {})).toEqual({
      ...rule(20),
      publishBasis: 'resultDate',
      publishWithinAfterEnd: 10,
    });
    // A longer publication period moves every pending deadline.
    const rules = await as(office.admin).ok('results.updateRules', rule(30));
    expect(rules.moved).toBe(3);
    const moved = await as(office.admin).ok('todo.counts', {});
    expect([moved.overdue, moved.dueSoon]).toEqual([1, 1]);
    const [late] = await as(office.admin).ok('todo.list', { kind: 'overdue' });
    expect(late?.publishDue).toBe('2026-09-14');
  });

  it('reviews, returns, withholds and publishes; a task is 完结 only when all is published and followed up', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    await at(NOV_2);
    const { ok, refusal } = as(office.admin);
    await ok('results.updateRules', { publishWithin: 20, entryWithin: 10, review: true });
    const entries = drawn.flatMap((s) => [
      cleanEntry(taskId, s.subjectId, items.general, '2026-10-12'),
      cleanEntry(taskId, s.subjectId, items.key, '2026-10-12'),
    ]);
    expect(await ok('results.enterMany', { entries })).toEqual({ fresh: 22, changed: 0, unchanged: 0 });
    let sheet = await ok('results.sheet', { taskId });
    const ids = sheet.rows.map((r) => r.result!.id);
    expect(await refusal('results.publish', { taskId })).toContain('须先经审核通过');

    const [returned, withheld, ...rest] = ids;
    if (returned === undefined || withheld === undefined) throw new Error('the task has fewer than two results');
    expect(await refusal('results.review', { ids: [returned], decision: 'return' })).toContain('退回须写明原因');
    await ok('results.review', { ids: [returned], decision: 'return', reason: '情况说明过简' });
    await ok('results.review', { ids: rest, decision: 'approve' });
    await ok('results.withhold', { id: withheld, reason: '涉及国家秘密，依《保守国家秘密法》不予公示' });
    const published = await ok('results.publish', { taskId });
    expect(published).toEqual({ published: 20, skipped: 2, publishedOn: '2026-11-02' });

    sheet = await ok('results.sheet', { taskId });
    expect(sheet.progress).toMatchObject({ expected: 22, entered: 22, published: 20, withheld: 1, complete: false });
    // The returned result comes back corrected, is approved and published: now the task is complete.
    const back = sheet.rows.find((r) => r.result?.id === returned)!;
    await ok('results.enter', {
      ...cleanEntry(taskId, back.subjectId, back.itemId, '2026-10-12'),
      description: '经营正常，证照齐全，台账完整',
      reason: '按退回意见补充说明',
    });
    await ok('results.review', { ids: [returned], decision: 'approve' });
    await ok('results.publish', { ids: [returned] });
    sheet = await ok('results.sheet', { taskId });
    expect(sheet.progress).toMatchObject({ published: 21, withheld: 1, complete: true });

    // Correcting a published result takes it off the public list until it is reviewed and published again.
    const corrected = sheet.rows.find((r) => r.result?.publishedOn && r.result.id !== returned)!;
    await ok('results.enter', {
      ...cleanEntry(taskId, corrected.subjectId, corrected.itemId, '2026-10-12'),
      description: '复查后补充：证照公示位置不醒目',
      reason: '复查补充',
    });
    sheet = await ok('results.sheet', { taskId });
    expect(sheet.progress).toMatchObject({ published: 20, complete: false });
    expect(sheet.rows.find((r) => r.result?.id === corrected.result!.id)?.result).toMatchObject({
      status: 'entered',
      publishedOn: null,
      version: 2,
    });

    const exported = await ok('results.exportPublished', { taskId });
    expect(exported.count).toBe(20);
    expect((await ok('todo.counts', {})).overdue).toBe(0);
  });
});

describe('attachments', () => {
  it('keeps a file with the result, refuses one too large or from outside the team, and hands it back', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    await at(NOV_2);
    const { ok, refusal } = as(office.admin);
    const { result } = await ok('results.enter', cleanEntry(taskId, drawn[0]!.subjectId, items.general, '2026-10-09'));
    const photo = office.t.core.files.newUpload('现场照片.jpg');
    fs.writeFileSync(photo.path, Buffer.from('JPEG-bytes-of-a-site-photo'));
    expect(await refusal('results.attach', { resultId: result.id, upload: photo.id, name: '../现场.jpg' })).toContain(
      '不能含有',
    );
    const kept = await ok('results.attach', {
      resultId: result.id,
      upload: photo.id,
      name: '现场照片.jpg',
    });
    expect(kept).toMatchObject({ name: '现场照片.jpg', size: 26, actorName: '王管理' });
    // The kept copy survives the sweep of transient uploads and comes back byte for byte.
    office.t.core.files.sweep(new Date(Date.now() + 3 * 86_400_000));
    const file = await ok('results.attachmentFile', { id: kept.id });
    expect(fs.readFileSync(office.t.core.files.downloadPath(file.download)!, 'utf8')).toBe(
      'JPEG-bytes-of-a-site-photo',
    );
    expect(await ok('results.attachments', { resultId: result.id })).toEqual([kept]);

    const big = office.t.core.files.newUpload('录像.mp4');
    fs.writeFileSync(big.path, Buffer.alloc(21 * 1024 * 1024));
    expect(await refusal('results.attach', { resultId: result.id, upload: big.id, name: '录像.mp4' })).toContain(
      '不能超过 20 MB',
    );
    const health = await addUserAndLogin(office.t.core, office.admin, {
      username: 'wj',
      role: 'deptAdmin',
      departmentId: 17,
    });
    const again = office.t.core.files.newUpload('x.jpg');
    fs.writeFileSync(again.path, 'x');
    expect(
      await as(health).refusal('results.attach', { resultId: result.id, upload: again.id, name: 'x.jpg' }),
    ).toContain('本部门事项');
    expect(await ok('results.attachments', { resultId: result.id })).toHaveLength(1);
  });
});
