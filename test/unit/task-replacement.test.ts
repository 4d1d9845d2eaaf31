import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../electron/core/contract';
import {
  expectOk,
  logIn,
  openTestCore,
  refusalOf,
  setUpOffice,
  withToken,
  type RefusalCall,
  type TestCore,
} from '../support/core';
import { countyWithTask } from '../support/draws';
import { downloadedPdf, joined } from '../support/pdf';
import { cleanEntry } from '../support/results';

/**
 * No silent second draw (issue 16, point 1): a planned task has one live task; another is created only after the
 * first is cancelled (作废) with a reason and an approver, and the new task's record, PDF and view say it replaces it.
 */
const ROOT = path.resolve(__dirname, '../..');

let t: TestCore;
let admin: string;
beforeEach(async () => {
  t = openTestCore();
  admin = await setUpOffice(t.core);
});
afterEach(() => t.cleanup());

const ok = <M extends MethodName>(method: M, input: MethodInput<M>) =>
  expectOk(t.core, withToken(admin), method, input);
const refusal: RefusalCall = (method, input) => refusalOf(t.core, withToken(admin), method, input);

async function drawAndLock(taskId: number, witness: string) {
  const open = await ok('draws.open', { taskId });
  await ok('draws.run', { drawId: open.id, witnesses: [{ name: '李监督', value: witness }] });
  await ok('draws.lock', { drawId: open.id });
  return open;
}

/** `draw verify` of the real CLI on an exported record, without any database. */
function cliVerify(record: unknown) {
  const file = path.join(t.dir, `verify-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(record));
  const run = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['electron/cli/main.ts', 'draw', 'verify', file],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('no silent second draw', () => {
  it('refuses a second task of a planned task until the first is cancelled, and records the replacement', async () => {
    const county = await countyWithTask(t.core, admin);
    const first = await drawAndLock(county.taskId, '20260415');
    const planTaskId = (await ok('tasks.get', { id: county.taskId })).planTaskId!;

    // A second task of the same planned task, even after the draw was locked, is refused and the first is named.
    const again = await refusal('tasks.createFromPlan', { planTaskId, teamSize: 2 });
    expect(again).toContain(`零售店联合检查”（编号 ${county.taskId}，名单已锁定）`);
    expect(again).toContain('作废');

    // 作废 needs a reason and an approver.
    expect(await refusal('tasks.cancel', { id: county.taskId, reason: '', approver: '王局长' })).toContain('原因');
    expect(await refusal('tasks.cancel', { id: county.taskId, reason: '抽取时名录未更新', approver: ' ' })).toContain(
      '批准人',
    );
    const cancelled = await ok('tasks.cancel', { id: county.taskId, reason: '抽取时名录未更新', approver: '王局长' });
    expect(cancelled.cancelled).toEqual({
      on: '2026-03-02',
      reason: '抽取时名录未更新',
      approver: '王局长',
      by: '王管理',
    });

    // A cancelled task is not drawn, matched or entered.
    expect(await refusal('draws.open', { taskId: county.taskId })).toContain('已作废');
    expect(await refusal('draws.match', { taskId: county.taskId })).toContain('已作废');
    expect(await refusal('tasks.cancel', { id: county.taskId, reason: '再次作废', approver: '王局长' })).toContain(
      '已作废',
    );
    const drawnBefore = await ok('draws.result', { taskId: county.taskId });
    t.clock.set(new Date('2026-05-06T02:00:00Z'));
    admin = await logIn(t.core);
    expect(
      await refusal(
        'results.enter',
        cleanEntry(county.taskId, drawnBefore.subjects[0]!.subjectId, county.items.general, '2026-05-06'),
      ),
    ).toContain('已作废');

    // Created again, the new task replaces the cancelled one; its pool is the full one again (the cancelled draw
    // does not use up the general item's once-a-year frequency).
    const { id: newId } = await ok('tasks.createFromPlan', { planTaskId, teamSize: 2 });
    const replacing = await ok('tasks.get', { id: newId });
    expect(replacing.replaces).toEqual({
      taskId: county.taskId,
      taskName: '零售店联合检查',
      cancelledOn: '2026-03-02',
      approver: '王局长',
      reason: '抽取时名录未更新',
    });
    expect((await ok('tasks.get', { id: county.taskId })).replacedBy).toEqual({
      taskId: newId,
      taskName: '零售店联合检查',
    });
    const second = await drawAndLock(newId, '20260506');
    expect(second.poolSize).toBe(first.poolSize);
    expect(second.attempt).toBe(1);

    // The draw record carries the replacement, and `draw verify` checks it (it is part of the seed).
    const exported = await ok('draws.export', { taskId: newId });
    const record = JSON.parse(fs.readFileSync(t.core.files.downloadPath(exported.download)!, 'utf8')) as {
      draw: { parameters: Record<string, unknown> };
    };
    expect(record.draw.parameters.replaces).toEqual(replacing.replaces);
    const verified = cliVerify(record);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(
      `本任务替代已作废的任务 ${county.taskId}（2026-03-02 经 王局长 批准作废，原因：抽取时名录未更新）`,
    );
    const tampered = structuredClone(record);
    (tampered.draw.parameters.replaces as { reason: string }).reason = '另一个原因';
    expect(cliVerify(tampered).out).toContain('seed');
    const removed = structuredClone(record);
    delete removed.draw.parameters.replaces;
    expect(cliVerify(removed).code).toBe(1);
    const unknownField = structuredClone(record);
    (unknownField.draw.parameters.replaces as Record<string, unknown>).extra = 1;
    expect(cliVerify(unknownField).out).toContain('replaces');

    // The printed record says it too; the cancelled task's own record says it was cancelled and by which replaced.
    const pdf = await ok('documents.drawRecord', { taskId: newId });
    const text = joined(downloadedPdf(t.core, pdf.download, t.dir, 'new.pdf').text);
    expect(text).toContain(
      joined(
        `本任务替代已作废的任务“零售店联合检查”（编号 ${county.taskId}）：该任务于 2026-03-02 经 王局长 批准作废，原因：抽取时名录未更新`,
      ),
    );
    const oldPdf = await ok('documents.drawRecord', { taskId: county.taskId });
    expect(joined(downloadedPdf(t.core, oldPdf.download, t.dir, 'old.pdf').text)).toContain(
      joined(
        `本任务已于 2026-03-02 经 王局长 批准作废，原因：抽取时名录未更新；由任务“零售店联合检查”（编号 ${newId}）替代`,
      ),
    );

    // Once a result is entered, the task cannot be cancelled: the inspection happened.
    await ok(
      'results.enter',
      cleanEntry(
        newId,
        (await ok('draws.result', { taskId: newId })).subjects[0]!.subjectId,
        county.items.general,
        '2026-05-06',
      ),
    );
    expect(await refusal('tasks.cancel', { id: newId, reason: '重复', approver: '王局长' })).toContain(
      '已录入检查结果',
    );
  });

  it('refuses a second 专项 of the same items, scope and period until the first is cancelled', async () => {
    const county = await countyWithTask(t.core, admin);
    const fields: MethodInput<'tasks.createSpecial'>['fields'] = {
      name: '春季零售专项',
      itemIds: [county.items.key],
      leadDepartmentId: 1,
      scope: { industryCode: 'F52' },
      ratios: { mode: 'all', all: 10 },
      periodStart: '2026-04-01',
      periodEnd: '2026-04-30',
      mode: '现场',
    };
    const { id: firstId } = await ok('tasks.createSpecial', { fields, reason: '投诉集中' });
    expect(
      await refusal('tasks.createSpecial', { fields: { ...fields, name: '春季零售专项（二）' }, reason: '再查' }),
    ).toContain(`“春季零售专项”（编号 ${firstId}，尚未抽取）`);
    // Another period is another 专项.
    await ok('tasks.createSpecial', { fields: { ...fields, periodEnd: '2026-05-31' }, reason: '延长' });
    await ok('tasks.cancel', { id: firstId, reason: '事项选错', approver: '张局长' });
    const { id } = await ok('tasks.createSpecial', { fields, reason: '投诉集中' });
    expect((await ok('tasks.get', { id })).replaces).toMatchObject({ taskId: firstId, reason: '事项选错' });
  });
});
