import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addUserAndLogin,
  expectOk,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
  resultOf,
  callUnchecked,
} from '../support/core';

let t: TestCore;
let admin: string;
beforeEach(async () => {
  t = openTestCore();
  admin = await setUpOffice(t.core);
  await expectOk(t.core, withToken(admin), 'subjects.create', {
    uscc: '91350100M000100Y43',
    name: '示范超市',
    tags: ['食品', '小微企业'],
  });
  await expectOk(t.core, withToken(admin), 'subjects.create', {
    uscc: '914403001922038216',
    name: '华为',
    tags: ['小微企业'],
    riskClass: 'D',
  });
});
afterEach(() => t.cleanup());

describe('tags and sub-libraries', () => {
  it('catalogues tags by category with the number of subjects carrying each', async () => {
    await expectOk(t.core, withToken(admin), 'libraries.saveTag', { name: '食品', category: '许可' });
    await expectOk(t.core, withToken(admin), 'libraries.saveTag', { name: '小微企业', category: '其他' });
    await expectOk(t.core, withToken(admin), 'libraries.saveTag', { name: '食品', category: '行业' });
    const tags = await expectOk(t.core, withToken(admin), 'libraries.tags', {});
    expect(tags.map((x) => [x.name, x.category, x.subjects])).toEqual([
      ['小微企业', '其他', 2],
      ['食品', '行业', 1],
    ]);
    // A category the list does not have, as a hand-made request could send.
    const bad = await callUnchecked(t.core, withToken(admin), 'libraries.saveTag', { name: '某', category: '随便' });
    expect(bad.ok ? null : bad.error.message).toContain('标签分类应为');
  });

  it('saves a filter as a department library, and a shared common-supervision library only from the lead office', async () => {
    const dept = await addUserAndLogin(t.core, admin, { username: 'wj', role: 'deptAdmin', departmentId: 17 });
    const own = await expectOk(t.core, withToken(dept), 'libraries.save', {
      name: '卫健重点对象',
      filter: { tag: '食品', riskClass: 'D' },
    });
    expect(own).toMatchObject({ shared: false, departmentName: '县卫生健康委员会' });
    const shared = await resultOf(t.core, withToken(dept), 'libraries.save', {
      name: '共同监管库',
      filter: { tag: '小微企业' },
      shared: true,
    });
    expect(shared.ok ? null : shared.error.code).toBe('FORBIDDEN');
    await expectOk(t.core, withToken(admin), 'libraries.save', {
      name: '共同监管库',
      filter: { tag: '小微企业' },
      shared: true,
    });
    const other = await addUserAndLogin(t.core, admin, { username: 'gx', role: 'deptAdmin', departmentId: 4 });
    expect((await expectOk(t.core, withToken(other), 'libraries.list', {})).map((l) => l.name)).toEqual(['共同监管库']);
    expect((await expectOk(t.core, withToken(dept), 'libraries.list', {})).map((l) => l.name).sort()).toEqual(
      ['共同监管库', '卫健重点对象'].sort(),
    );
    // A library is a saved filter: applying it lists exactly its subjects.
    const library = (await expectOk(t.core, withToken(other), 'libraries.list', {}))[0]!;
    const rows = await expectOk(t.core, withToken(other), 'subjects.list', library.filter);
    expect(rows.rows.map((r) => r.name).sort()).toEqual(['华为', '示范超市']);
    const empty = await resultOf(t.core, withToken(dept), 'libraries.save', { name: '空筛选', filter: {} });
    expect(empty.ok ? null : empty.error.message).toContain('请先设置筛选条件');
    await expectOk(t.core, withToken(dept), 'libraries.retire', { id: own.id });
    expect((await expectOk(t.core, withToken(dept), 'libraries.list', {})).map((l) => l.name)).toEqual(['共同监管库']);
  });
});
