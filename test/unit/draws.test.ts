import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedDraw } from '../../electron/core/draws/result';
import { verifyDraw } from '../../electron/core/draws/object-draw';
import { verifyMatch } from '../../electron/core/draws/team-match';
import {
  expectOk,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
  type OkCall,
  refusalOf,
  type RefusalCall,
} from '../support/core';
import { countyWithTask } from '../support/draws';

let t: TestCore;
let admin: string;
beforeEach(async () => {
  t = openTestCore();
  admin = await setUpOffice(t.core);
});
afterEach(() => t.cleanup());

const ok: OkCall = (method, input) => expectOk(t.core, withToken(admin), method, input);
const refusal: RefusalCall = (method, input) => refusalOf(t.core, withToken(admin), method, input);
const witnesses = [{ name: '李监督', value: '20260415' }];

describe('the draw ceremony', () => {
  it('commits to a nonce, draws with witness numbers, redraws only with reason and approver, and locks', async () => {
    const { taskId } = await countyWithTask(t.core, admin);
    const first = await ok('draws.open', { taskId });
    expect(first).toMatchObject({ attempt: 1, status: 'open', poolSize: 40, nonce: null });
    expect(first.counting.map((c) => [c.stratum, c.size, c.count])).toEqual([
      ['A', 10, 1],
      ['B', 10, 2],
      ['C', 10, 3],
      ['D', 10, 5],
      ['P', 0, 0],
    ]);
    expect(await refusal('draws.open', { taskId })).toContain('已开始');

    const drawn = await ok('draws.run', { drawId: first.id, witnesses });
    expect(drawn.status).toBe('drawn');
    expect(drawn.nonce).toMatch(/^[0-9a-f]{64}$/);
    let result = await ok('draws.result', { taskId });
    expect(result.subjects).toHaveLength(11);
    expect(result.subjects[0]?.itemNames).toEqual(['食品经营检查', '公共场所卫生检查']);

    expect(await refusal('draws.open', { taskId })).toContain('原因和批准人');
    const second = await ok('draws.open', { taskId, reason: '监督人数字录入有误', approver: '张局长' });
    await ok('draws.run', { drawId: second.id, witnesses: [{ name: '李监督', value: '20260416' }] });
    const attempts = await ok('draws.attempts', { taskId });
    expect(attempts.map((a) => [a.attempt, a.status, a.reason])).toEqual([
      [1, 'superseded', ''],
      [2, 'drawn', '监督人数字录入有误'],
    ]);
    expect(await refusal('draws.lock', { drawId: first.id })).toContain('请刷新');
    await ok('draws.lock', { drawId: second.id });
    expect(await refusal('draws.open', { taskId, reason: '再来', approver: '张' })).toContain('已锁定');
    result = await ok('draws.result', { taskId });
    expect(result).toMatchObject({ attempt: 2, status: 'locked' });
  });

  it('draws subjects penalised in the last three years apart, at the ratio the plan sets for them', async () => {
    const { subjectIds } = await countyWithTask(t.core, admin);
    // Subjects 1–8 cycle through classes A, B, C, D: the two in class D stay in D, the other six form stratum P.
    t.core.db.$client
      .prepare(`UPDATE subjects SET penalized_3y = 1 WHERE id IN (${subjectIds.slice(0, 8).join(',')})`)
      .run();
    const items = t.core.db.$client.prepare('SELECT id FROM check_items ORDER BY id').pluck().all() as number[];
    const { id: taskId } = await ok('tasks.createSpecial', {
      reason: '投诉集中反映的问题',
      fields: {
        name: '受罚对象回访检查',
        itemIds: items,
        leadDepartmentId: 1,
        ratios: { mode: 'byClass', A: 10, B: 10, C: 10, D: 10, penalized: 100 },
        periodStart: '2026-05-01',
        periodEnd: '2026-06-30',
        mode: '现场',
      },
    });
    const open = await ok('draws.open', { taskId });
    expect(open.counting.map((c) => [c.stratum, c.size, c.count])).toEqual([
      ['A', 8, 1],
      ['B', 8, 1],
      ['C', 8, 1],
      ['D', 10, 1],
      ['P', 6, 6],
    ]);
    await ok('draws.run', { drawId: open.id, witnesses });
    const result = await ok('draws.result', { taskId });
    const penalised = result.subjects.filter((s) => subjectIds.slice(0, 8).includes(s.subjectId));
    expect(penalised.length).toBeGreaterThanOrEqual(6);
    // The list keeps each subject's real class, not the stratum it was drawn from.
    expect(new Set(result.subjects.map((s) => s.riskClass))).not.toContain('P');
  });

  it('matches teams honouring recusals, changes a member only with a valid reason, and exports a verifiable record', async () => {
    const { taskId, officers } = await countyWithTask(t.core, admin);
    const open = await ok('draws.open', { taskId });
    await ok('draws.run', { drawId: open.id, witnesses });
    expect(await refusal('draws.match', { taskId })).toContain('锁定');
    await ok('draws.lock', { drawId: open.id });

    let result = await ok('draws.result', { taskId });
    const first = result.subjects[0]!;
    // The first officer of 市场监管 must stay away from the first drawn subject.
    await ok('inspectors.addRecusal', {
      inspectorId: officers[0]!,
      kind: 'subject',
      subjectUscc: first.uscc!,
      relation: '本人或近亲属经营',
      reason: '配偶经营',
    });
    const match = await ok('draws.match', { taskId });
    expect(match).toEqual({ attempt: 1, teams: 11 });
    result = await ok('draws.result', { taskId });
    for (const s of result.subjects) {
      expect(s.team.filter((m) => m.role === 'officer').length).toBeGreaterThanOrEqual(2);
      expect(new Set(s.team.map((m) => m.departmentName))).toEqual(new Set(['市场监管', '卫健']));
    }
    expect(result.subjects[0]!.team.map((m) => m.id)).not.toContain(officers[0]);

    // A change needs a reason and an officer fit for the subject: not the recused one.
    const team = result.subjects[0]!.team;
    const leaving = team.find((m) => m.departmentName === '市场监管')!;
    expect(
      await refusal('draws.changeMember', {
        taskId,
        subjectId: first.subjectId,
        removeInspectorId: leaving.id,
        addInspectorId: officers[0]!,
        reason: '出差',
      }),
    ).toContain('回避');
    const substitute = officers.slice(0, 3).find((id) => id !== leaving.id && id !== officers[0])!;
    const crossDepartment = officers[3]!;
    expect(
      await refusal('draws.changeMember', {
        taskId,
        subjectId: first.subjectId,
        removeInspectorId: leaving.id,
        addInspectorId: crossDepartment,
        reason: '出差',
      }),
    ).toMatch(/没有“市场监管”|已在这个检查组/);
    await ok('draws.changeMember', {
      taskId,
      subjectId: first.subjectId,
      removeInspectorId: leaving.id,
      addInspectorId: substitute,
      reason: '原人员出差',
    });
    result = await ok('draws.result', { taskId });
    expect(result.subjects[0]!.team.map((m) => m.id)).toContain(substitute);
    expect(result.changes[0]).toMatchObject({ reason: '原人员出差', subjectName: first.name });

    const { download } = await ok('draws.export', { taskId });
    const exported = JSON.parse(fs.readFileSync(t.core.files.downloadPath(download) ?? '', 'utf8')) as ExportedDraw;
    expect(verifyDraw(exported.draw)).toEqual({ ok: true });
    expect(exported.match && verifyMatch(exported.match)).toEqual({ ok: true });
    expect(exported.draw.witnesses).toEqual(witnesses);
  });

  it('says which subject cannot get a team and why, and saves nothing', async () => {
    const { taskId } = await countyWithTask(t.core, admin, { officersPerDepartment: 1 });
    const open = await ok('draws.open', { taskId });
    await ok('draws.run', { drawId: open.id, witnesses });
    await ok('draws.lock', { drawId: open.id });
    // One officer per department is enough to cover both departments: a team of 2 from 2 departments.
    await ok('draws.match', { taskId });
    // With a team of 3 nobody is left to add.
    t.core.db.$client.prepare('UPDATE tasks SET team_size = 3 WHERE id = ?').run(taskId);
    const message = await refusal('draws.match', { taskId, reason: '每组增至 3 人' });
    expect(message).toMatch(/对象“固阳县第\d+零售店”.*无法组成检查组：相关部门共有执法人员 2 人/);
    const attempts = t.core.db.$client.prepare('SELECT count(*) AS n FROM matches WHERE task_id = ?').get(taskId);
    expect(attempts).toEqual({ n: 1 });
  });
});
