import { describe, expect, it } from 'vitest';
import { logIn } from '../support/core';
import { officeForEachTest } from '../support/office';
import { plannedTaskFields, twoItems } from '../support/draws';

const office = officeForEachTest();
const { ok, refusal } = office;

const task = plannedTaskFields;

/** Moves the clock to a day (10:00 in Beijing) and logs in again: a 报备 date may not be after the office's today. */
async function on(day: string): Promise<void> {
  office.t.clock.set(new Date(`${day}T02:00:00Z`));
  office.admin = await logIn(office.t.core);
}

describe('a planned task with an unpublished adjustment', () => {
  it('is in force as before, with the adjusted values beside it as pending until published', async () => {
    const { general, key } = await twoItems(office.t.core, office.admin, 5);
    const { id: planId } = await ok('plans.create', { year: 2026, departmentId: 1, name: '计划' });
    const { id: taskId } = await ok('plans.saveTask', { planId, fields: task([general, key]) });
    expect((await ok('plans.get', { id: planId })).tasks[0]?.pending).toBeNull();
    await ok('plans.publish', { id: planId, approvedOn: '2026-03-02', publishedOn: '2026-03-02' });

    await on('2026-05-07');
    const adjustment = { reason: '检查期间顺延', filedOn: '2026-05-06' };
    await ok('plans.saveTask', {
      planId,
      taskId,
      fields: task([general, key], { periodEnd: '2026-11-30' }),
      adjustment,
    });
    await ok('plans.saveTask', {
      planId,
      fields: task([key], { name: '公共场所专项' }),
      adjustment: { reason: '新增任务', filedOn: '2026-05-07' },
    });
    let detail = await ok('plans.get', { id: planId });
    const modified = detail.tasks.find((x) => x.id === taskId);
    expect(modified?.periodEnd).toBe('2026-11-30');
    expect(modified?.pending).toMatchObject({
      kind: 'modify',
      inForce: { periodEnd: '2026-10-31', status: 'active' },
      changes: [{ label: '检查期间', before: '2026-04-01 至 2026-10-31', after: '2026-04-01 至 2026-11-30' }],
    });
    expect(detail.tasks.find((x) => x.name === '公共场所专项')?.pending).toMatchObject({ kind: 'add', inForce: null });

    await ok('plans.publish', { id: planId, publishedOn: '2026-05-08' });
    detail = await ok('plans.get', { id: planId });
    expect(detail.tasks.map((x) => x.pending)).toEqual([null, null]);

    // A cancellation waits for publication too: in force as it was, marked to be cancelled.
    await on('2026-06-01');
    await ok('plans.cancelTask', { planId, taskId, adjustment: { reason: '并入专项', filedOn: '2026-06-01' } });
    detail = await ok('plans.get', { id: planId });
    expect(detail.tasks.find((x) => x.id === taskId)?.pending).toMatchObject({
      kind: 'cancel',
      inForce: { periodEnd: '2026-11-30', status: 'active' },
      changes: [{ label: '状态', before: '有效', after: '已取消' }],
    });
  });
});

describe("the items a task may name: in force on the period's first day", () => {
  it('lists those in force and names the others with why; the save refuses them in the same words', async () => {
    const { general, key } = await twoItems(office.t.core, office.admin, 5);
    const later = await ok('items.create', {
      code: 'SC-7',
      departmentId: 1,
      name: '网络交易检查',
      category: 'key',
      basis: '依据',
      methods: ['网络监测'],
      effectiveFrom: '2026-06-01',
    });
    await ok('items.retire', { id: key, effectiveFrom: '2026-03-15', reason: '法规废止' });

    const april = await ok('plans.itemChoices', { periodStart: '2026-04-01' });
    expect(april.items.map((i) => i.id)).toEqual([general]);
    expect(april.excluded).toEqual([
      expect.objectContaining({ id: later.id, code: 'SC-7', reason: 'notYet', since: '2026-06-01' }),
      expect.objectContaining({ id: key, code: 'WJ-1', reason: 'retired', since: '2026-03-15' }),
    ]);
    const march = await ok('plans.itemChoices', { periodStart: '2026-03-01' });
    expect(march.items.map((i) => i.id).sort()).toEqual([general, key].sort());
    const july = await ok('plans.itemChoices', { periodStart: '2026-07-01' });
    expect(july.items.map((i) => i.id).sort()).toEqual([general, later.id].sort());

    const { id: planId } = await ok('plans.create', { year: 2026, departmentId: 1, name: '计划' });
    expect(await refusal('plans.saveTask', { planId, fields: task([later.id]) })).toContain(
      '自 2026-06-01 起生效，检查期间第一天 2026-04-01 尚未生效',
    );
    expect(await refusal('plans.saveTask', { planId, fields: task([key]) })).toContain('已于 2026-03-15 废止');
  });
});
