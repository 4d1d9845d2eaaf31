import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { officeForEachTest } from '../support/office';

const office = officeForEachTest();
const { ok, refusal } = office;

// The office's clock stands on 2026-03-02 (test/support/core.ts).
const item = (code: string, departmentId: number, name: string): MethodInput<'items.create'> => ({
  code,
  departmentId,
  name,
  basis: '《中华人民共和国食品安全法》第三十三条',
  methods: ['实地核查'],
  category: 'general',
  ratioCap: 5,
  frequencyCap: 1,
  effectiveFrom: '2026-01-01',
});

/** Three items of two departments and a joint item of the first two, effective from 1 February. */
async function restaurantScene() {
  const a = await ok('items.create', item('SCJG-001', 1, '食品经营者经营条件检查'));
  const b = await ok('items.create', item('WJ-001', 17, '餐饮服务单位卫生检查'));
  const c = await ok('items.create', item('XF-001', 17, '公众聚集场所消防安全检查'));
  const joint = await ok('items.jointCreate', {
    name: '餐饮店一业一查',
    scene: '开办餐饮店',
    leadDepartmentId: 1,
    itemIds: [a.id, b.id],
    effectiveFrom: '2026-02-01',
  });
  return { a: a.id, b: b.id, c: c.id, joint: joint.id };
}

const jointAsOf = async (asOf: string) =>
  (await ok('items.jointList', { asOf })).map((j) => ({
    v: j.versionNo,
    name: j.name,
    codes: j.items.map((i) => i.code).sort(),
  }));

describe('joint item list (一业一查), versioned', () => {
  it('makes an edit version 2 and answers, as of each date, the version then in force', async () => {
    const s = await restaurantScene();
    await ok('items.jointUpdate', {
      id: s.joint,
      versionNo: 1,
      name: '餐饮店一业一查（含消防）',
      scene: '开办餐饮店',
      leadDepartmentId: 1,
      itemIds: [s.a, s.b, s.c],
      effectiveFrom: '2026-04-01',
      reason: '县政府办公室通知：消防检查并入餐饮店一业一查',
    });
    expect(await jointAsOf('2026-01-31')).toEqual([]);
    expect(await jointAsOf('2026-03-31')).toEqual([{ v: 1, name: '餐饮店一业一查', codes: ['SCJG-001', 'WJ-001'] }]);
    expect(await jointAsOf('2026-04-01')).toEqual([
      { v: 2, name: '餐饮店一业一查（含消防）', codes: ['SCJG-001', 'WJ-001', 'XF-001'] },
    ]);
    // Without a date: the office's day (2026-03-02), version 1.
    expect((await ok('items.jointList', {})).map((j) => j.versionNo)).toEqual([1]);
    const history = await ok('items.jointHistory', { id: s.joint });
    expect(history.map((h) => [h.versionNo, h.effectiveFrom, h.reason, h.actorName])).toEqual([
      [2, '2026-04-01', '县政府办公室通知：消防检查并入餐饮店一业一查', 'admin'],
      [1, '2026-02-01', '新增', 'admin'],
    ]);
  });

  it('refuses an edit made on a version someone else has already replaced', async () => {
    const s = await restaurantScene();
    const edit = { id: s.joint, name: '餐饮店一业一查', leadDepartmentId: 1, itemIds: [s.a, s.b, s.c] };
    await ok('items.jointUpdate', { ...edit, versionNo: 1, effectiveFrom: '2026-04-01', reason: '增加消防检查' });
    expect(
      await refusal('items.jointUpdate', { ...edit, versionNo: 1, effectiveFrom: '2026-05-01', reason: '另一处修改' }),
    ).toContain('已有更新的第 2 版');
  });

  it('drops a retired joint item from the list from its date on, and refuses a second retirement', async () => {
    const s = await restaurantScene();
    await ok('items.jointRetire', { id: s.joint, versionNo: 1, effectiveFrom: '2026-06-01', reason: '并入新的清单' });
    expect((await jointAsOf('2026-05-31')).map((j) => j.v)).toEqual([1]);
    expect(await jointAsOf('2026-06-01')).toEqual([]);
    const retired = await ok('items.jointList', { asOf: '2026-06-01', includeRetired: true });
    expect(retired.map((j) => [j.versionNo, j.status])).toEqual([[2, 'retired']]);
    expect(
      await refusal('items.jointRetire', {
        id: s.joint,
        versionNo: 2,
        effectiveFrom: '2026-07-01',
        reason: '再次废止',
      }),
    ).toBe('该联合抽查事项已经废止。');
  });

  it('marks a member item that is not on the item list that day, and refuses a version naming one', async () => {
    const s = await restaurantScene();
    await ok('items.retire', { id: s.b, effectiveFrom: '2026-05-01', reason: '《餐饮服务食品安全操作规范》废止' });
    const [joint] = await ok('items.jointList', { asOf: '2026-05-01' });
    expect(joint!.items.map((i) => [i.code, i.inForce])).toEqual([
      ['SCJG-001', true],
      ['WJ-001', false],
    ]);
    expect(
      await refusal('items.jointUpdate', {
        id: s.joint,
        versionNo: 1,
        name: '餐饮店一业一查',
        leadDepartmentId: 1,
        itemIds: [s.a, s.b, s.c],
        effectiveFrom: '2026-05-01',
        reason: '增加消防检查',
      }),
    ).toContain('事项 WJ-001 在 2026-05-01 不在抽查事项清单中');
  });
});

describe('publication of the item list and the joint list', () => {
  it('records each publication with its version identifier and warns when the list changed since', async () => {
    const s = await restaurantScene();
    expect(await ok('items.publications', { kind: 'items' })).toEqual({ history: [], changed: 0, warning: null });
    const first = await ok('items.publish', { kind: 'items', asOf: '2026-03-01' });
    expect(first).toMatchObject({ kind: 'items', seq: 1, asOf: '2026-03-01', publishedOn: '2026-03-02', count: 3 });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await ok('items.publications', { kind: 'items' })).warning).toBeNull();

    // An edit after publishing: the list has changed and is not yet published again.
    await ok('items.revise', {
      ...item('SCJG-001', 1, '食品经营者经营条件和食品安全管理检查'),
      id: s.a,
      effectiveFrom: '2026-04-01',
      reason: '《食品安全法》修正',
    });
    const changed = await ok('items.publications', { kind: 'items' });
    expect(changed.changed).toBe(1);
    expect(changed.warning).toBe('1 个事项在第 1 版公布（2026-03-02）后有修改，尚未重新公布。');

    // The same date gives the same content (the published workbook can be made again); the new date a new one.
    const again = await ok('items.publish', { kind: 'items', asOf: '2026-03-01' });
    expect(again).toMatchObject({ seq: 2, count: 3, sha256: first.sha256 });
    const later = await ok('items.publish', { kind: 'items', asOf: '2026-04-01' });
    expect(later.seq).toBe(3);
    expect(later.sha256).not.toBe(first.sha256);
    const after = await ok('items.publications', { kind: 'items' });
    expect(after.history.map((p) => p.seq)).toEqual([3, 2, 1]);
    expect(after.warning).toBeNull();

    // The joint list is numbered on its own, and an edit of a joint item flags it alone.
    expect((await ok('items.publish', { kind: 'joint' })).seq).toBe(1);
    await ok('items.jointRetire', { id: s.joint, versionNo: 1, effectiveFrom: '2026-06-01', reason: '并入新的清单' });
    expect((await ok('items.publications', { kind: 'joint' })).warning).toBe(
      '1 个联合抽查事项在第 1 版公布（2026-03-02）后有修改，尚未重新公布。',
    );
    expect((await ok('items.publications', { kind: 'items' })).warning).toBeNull();
  });

  it('exports the joint list as of a date', async () => {
    await restaurantScene();
    const file = await ok('items.export', { kind: 'joint', asOf: '2026-03-01' });
    expect(file).toMatchObject({ fileName: '联合抽查事项清单（一业一查，2026-03-01）.xlsx', count: 1 });
  });
});
