import { describe, expect, it } from 'vitest';
import { countyWithTask } from '../support/draws';
import { officeForEachTest } from '../support/office';

// Issue 16 point 2: caps bind every class, and an item may carry per-class caps — the yearly frequency (抽查频次) as
// well as the ratio. The frequency cap is applied where the pool is frozen: a subject drawn for the general item as
// many times this year as its class allows is left out of the next pool.
const office = officeForEachTest();
const { ok, refusal } = office;

/** The general item revised to allow class D twice a year (the others keep the item's once). */
async function classDTwice(general: number) {
  const [v1] = await ok('items.history', { id: general });
  await ok('items.revise', {
    ...v1!,
    code: v1!.code,
    methods: ['实地核查'],
    scope: {},
    id: general,
    frequencyCapD: 2,
    effectiveFrom: '2026-02-01',
    reason: '高风险对象提高抽查频次',
  });
}

describe('per-class frequency caps', () => {
  it('are versioned with the item and leave out only the classes that reached their own cap', async () => {
    const county = await countyWithTask(office.t.core, office.admin);
    await classDTwice(county.items.general);
    const history = await ok('items.history', { id: county.items.general });
    expect(history.map((v) => [v.versionNo, v.frequencyCap, v.frequencyCapA, v.frequencyCapD])).toEqual([
      [2, 1, null, 2],
      [1, 1, null, null],
    ]);

    // The planned task (A 10%, B 20%, C 30%, D 50% of 10 each) drawn and locked: 1 + 2 + 3 + 5 subjects.
    const open = await ok('draws.open', { taskId: county.taskId });
    await ok('draws.run', { drawId: open.id, witnesses: [{ name: '李监督', value: '20260415' }] });
    await ok('draws.lock', { drawId: open.id });
    const drawn = (await ok('draws.result', { taskId: county.taskId })).subjects;
    const byClass = (cls: string) => drawn.filter((s) => s.riskClass === cls).length;
    expect(['A', 'B', 'C', 'D'].map(byClass)).toEqual([1, 2, 3, 5]);

    // A 专项 over the same shops with the general item: A, B and C subjects drawn once have reached the item's cap of
    // once a year; class D, allowed twice, stays in the pool.
    const special = await ok('tasks.createSpecial', {
      fields: {
        name: '零售店专项检查',
        itemIds: [county.items.general],
        leadDepartmentId: 1,
        scope: { industryCode: 'F52' },
        ratios: { mode: 'all', all: 10 },
        periodStart: '2026-05-01',
        periodEnd: '2026-06-30',
        mode: '现场',
      },
      reason: '群众投诉集中',
      teamSize: 2,
    });
    const next = await ok('draws.open', { taskId: special.id });
    expect(next.excluded).toBe(1 + 2 + 3);
    expect(next.poolSize).toBe(40 - 6);
  });

  it('refuses a class cap outside 1–12, and one on a key item', async () => {
    const county = await countyWithTask(office.t.core, office.admin);
    const [general] = await ok('items.history', { id: county.items.general });
    const revise = (extra: Record<string, unknown>) => ({
      ...general!,
      code: general!.code,
      methods: ['实地核查' as const],
      scope: {},
      id: county.items.general,
      effectiveFrom: '2026-02-01',
      reason: '调整频次上限',
      ...extra,
    });
    expect(await refusal('items.revise', revise({ frequencyCapB: 13 }))).toBeTruthy();
    const [key] = await ok('items.history', { id: county.items.key });
    expect(
      await refusal('items.revise', {
        ...key!,
        code: key!.code,
        methods: ['实地核查'],
        scope: {},
        id: county.items.key,
        frequencyCapD: 2,
        effectiveFrom: '2026-02-01',
        reason: '调整频次上限',
      }),
    ).toContain('重点检查事项不设频次上限');
  });
});
