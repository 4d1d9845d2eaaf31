import { describe, expect, it } from 'vitest';
import { callUnchecked, makeTempDir, messageOf, withToken } from '../support/core';
import { officeForEachTest } from '../support/office';
import { plannedTaskFields, twoItems, type PlannedTaskFields } from '../support/draws';
import { downloadedPdf, joined } from '../support/pdf';

// Issue 16 points 2, 3 and 6: a general item's caps bind every class (per-class caps only as the item says), the
// class ratios rise with the risk unless a reason is recorded, and a 专项 is not bound by the items' caps.
const office = officeForEachTest();
const { ok, refusal } = office;

const task = (itemIds: number[], ratios: PlannedTaskFields['ratios'], extra: Partial<PlannedTaskFields> = {}) =>
  plannedTaskFields(itemIds, { name: '食品经营检查', ratios, ...extra });

const plan = async () => (await ok('plans.create', { year: 2026, departmentId: 1, name: '计划' })).id;

describe('caps bind every class', () => {
  it('refuses a class-D ratio over a general cap, and a penalised stratum over it', async () => {
    const { general } = await twoItems(office.t.core, office.admin, 5);
    const planId = await plan();
    expect(
      await refusal('plans.saveTask', {
        planId,
        fields: task([general], { mode: 'byClass', A: 1, B: 2, C: 5, D: 60 }),
      }),
    ).toContain('D 类抽查比例上限为 5%');
    expect(
      await refusal('plans.saveTask', {
        planId,
        fields: task([general], { mode: 'byClass', A: 1, B: 2, C: 5, D: 5, penalized: 30 }),
      }),
    ).toContain('近三年受处罚对象抽查比例上限为 5%');
    await ok('plans.saveTask', { planId, fields: task([general], { mode: 'byClass', A: 1, B: 2, C: 5, D: 5 }) });
  });

  it('allows per-class caps as the item states them and no more, versioned with the item', async () => {
    const { general } = await twoItems(office.t.core, office.admin, 5);
    const [v1] = await ok('items.history', { id: general });
    await ok('items.revise', {
      ...v1!,
      code: v1!.code ?? '',
      methods: ['实地核查'],
      scope: {},
      id: general,
      ratioCapA: 3,
      ratioCapD: 20,
      effectiveFrom: '2026-02-01',
      reason: '高风险对象单设上限',
    });
    const history = await ok('items.history', { id: general });
    expect(history.map((v) => [v.versionNo, v.ratioCapA, v.ratioCapD])).toEqual([
      [2, 3, 20],
      [1, null, null],
    ]);
    const planId = await plan();
    await ok('plans.saveTask', { planId, fields: task([general], { mode: 'byClass', A: 3, B: 5, C: 5, D: 20 }) });
    expect(
      await refusal('plans.saveTask', {
        planId,
        fields: task([general], { mode: 'byClass', A: 3, B: 5, C: 5, D: 21 }),
      }),
    ).toContain('D 类抽查比例上限为 20%');
    expect(
      await refusal('plans.saveTask', {
        planId,
        fields: task([general], { mode: 'byClass', A: 4, B: 5, C: 5, D: 20 }),
      }),
    ).toContain('A 类抽查比例上限为 3%');
    // One ratio for all binds every class: 4% is over A's 3%.
    expect(await refusal('plans.saveTask', { planId, fields: task([general], { mode: 'all', all: 4 }) })).toContain(
      'A 类抽查比例上限为 3%',
    );
    // Before the revision takes effect, the item's single cap binds D.
    expect(
      await refusal('plans.saveTask', {
        planId,
        fields: task([general], { mode: 'byClass', A: 3, B: 5, C: 5, D: 20 }, { periodStart: '2026-01-15' }),
      }),
    ).toContain('D 类抽查比例上限为 5%');
  });

  it('refuses per-class caps on a key item and lists them with the item', async () => {
    const { general } = await twoItems(office.t.core, office.admin, 5);
    const wrong = await refusal('items.create', {
      code: 'SC-9',
      departmentId: 1,
      name: '重点检查',
      basis: '依据',
      methods: ['实地核查'],
      category: 'key',
      ratioCapD: 10,
      effectiveFrom: '2026-01-01',
    });
    expect(wrong).toContain('重点检查事项不设比例上限');
    const [item] = await ok('items.list', { asOf: '2026-03-01' });
    expect(item).toMatchObject({ id: general, ratioCapA: null, ratioCapD: null });
  });
});

describe('class ratios follow the risk', () => {
  it('refuses inverted ratios without a reason, keeps the reason and prints it on the plan', async () => {
    const { key } = await twoItems(office.t.core, office.admin, 5);
    const planId = await plan();
    const inverted = { mode: 'byClass', A: 10, B: 5, C: 5, D: 20 } as const;
    expect(await refusal('plans.saveTask', { planId, fields: task([key], inverted) })).toContain(
      'B 类 5% 低于 A 类 10%',
    );
    expect(
      await refusal('plans.saveTask', {
        planId,
        fields: task([key], { mode: 'byClass', A: 1, B: 2, C: 5, D: 20, penalized: 3 }),
      }),
    ).toContain('近三年受处罚对象 3% 低于其所在类别的 5%');
    const reason = 'A类对象集中在新开办餐饮店，投诉较多';
    const { id: taskId } = await ok('plans.saveTask', {
      planId,
      fields: task([key], inverted, { ratioOrderReason: reason }),
    });
    const view = await ok('plans.get', { id: planId });
    expect(view.tasks.find((x) => x.id === taskId)?.ratioOrderReason).toBe(reason);
    const pdf = await ok('documents.plan', { planId });
    expect(joined(downloadedPdf(office.t.core, pdf.download, makeTempDir()).text)).toContain(`比例倒挂说明：${reason}`);
    // Ratios that follow the risk keep no reason.
    await ok('plans.saveTask', {
      planId,
      taskId,
      fields: task([key], { mode: 'byClass', A: 1, B: 5, C: 5, D: 20 }, { ratioOrderReason: reason }),
    });
    expect((await ok('plans.get', { id: planId })).tasks[0]?.ratioOrderReason).toBe('');
  });
});

describe('专项检查 set their ratio by the situation', () => {
  it('accepts a 专项 over a general cap, refuses one without a reason', async () => {
    const { general } = await twoItems(office.t.core, office.admin, 5);
    const fields = task([general], { mode: 'all', all: 50 }, { name: '投诉集中问题专项检查' });
    // Without a reason at all: an input the contract's type does not allow, sent on purpose.
    const noReason = await callUnchecked(office.t.core, withToken(office.admin), 'tasks.createSpecial', { fields });
    expect(messageOf(noReason)).toContain('专项检查须写明开展原因');
    expect(await refusal('tasks.createSpecial', { fields, reason: ' ' })).toContain('专项检查须写明开展原因');
    const { id } = await ok('tasks.createSpecial', { fields, reason: '投诉集中反映过期食品' });
    const view = await ok('tasks.get', { id });
    expect(view).toMatchObject({ kind: 'special', reason: '投诉集中反映过期食品' });
    // A planned task at the same ratio is still bound by the cap.
    expect(await refusal('plans.saveTask', { planId: await plan(), fields })).toContain('上限为 5%');
  });
});
