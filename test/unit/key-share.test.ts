import { describe, expect, it } from 'vitest';
import { addUserAndLogin, expectOk, withToken } from '../support/core';
import { officeForEachTest } from '../support/office';
import { twoItems } from '../support/draws';

// Issue 16 point 9: 严格控制重点检查事项数量 — a department whose list is mostly key items is warned on the list and
// on the plan, above a share the office sets (30% by default: no document gives a figure).

const office = officeForEachTest();
const { ok } = office;

describe('key items are kept few', () => {
  it('warns on the list and the plan when a department is above the share, and not below it', async () => {
    await twoItems(office.t.core, office.admin, 5);
    // 市场监管 (1): one general item; 卫健 (17): one key item of one — 100% key.
    const share = await ok('items.keyShare', { asOf: '2026-03-01' });
    expect(share.maxPercent).toBe(30);
    expect(share.departments.map((d) => [d.departmentId, d.key, d.total, d.percent])).toEqual([
      [1, 0, 1, 0],
      [17, 1, 1, 100],
    ]);
    expect(share.warnings).toHaveLength(1);
    expect(share.warnings[0]).toContain('重点检查事项 1 项，占全部 1 项的 100%，超过 30% 的上限');

    const { id: health } = await ok('plans.create', { year: 2026, departmentId: 17, name: '卫健委计划' });
    const { id: market } = await ok('plans.create', { year: 2026, departmentId: 1, name: '市场监管局计划' });
    expect((await ok('plans.get', { id: health })).warnings.join('\n')).toContain('超过 30% 的上限');
    expect((await ok('plans.get', { id: market })).warnings.join('\n')).not.toContain('的上限');

    await ok('settings.set', { key: 'items.maxKeySharePercent', value: 100 });
    expect((await ok('items.keyShare', {})).warnings).toEqual([]);
    expect((await ok('plans.get', { id: health })).warnings.join('\n')).not.toContain('的上限');
  });

  it('puts a department above the share on 待办: its own for the department, every one for the county office', async () => {
    await twoItems(office.t.core, office.admin, 5);
    const todoOf = async (token: string) =>
      (await expectOk(office.t.core, withToken(token), 'todo.counts', {})).keyShareOver;
    const health = await addUserAndLogin(office.t.core, office.admin, {
      username: 'wj_admin',
      role: 'deptAdmin',
      departmentId: 17,
    });
    const market = await addUserAndLogin(office.t.core, office.admin, {
      username: 'sc_admin',
      role: 'deptAdmin',
      departmentId: 1,
    });
    const inspector = await addUserAndLogin(office.t.core, office.admin, {
      username: 'zf_user',
      role: 'inspector',
      departmentId: 17,
    });

    // 卫健 (17) lists one key item of one: 100%, above 30%. 市场监管 (1) has none.
    const county = await todoOf(office.admin);
    expect(county.map((d) => [d.departmentId, d.departmentName, d.key, d.total, d.percent, d.maxPercent])).toEqual([
      [17, '县卫生健康委员会', 1, 1, 100, 30],
    ]);
    expect(county[0]!.message).toContain('超过 30% 的上限');
    expect(await todoOf(health)).toEqual(county);
    expect(await todoOf(market)).toEqual([]);
    expect(await todoOf(inspector)).toEqual([]);

    // Within the share (a setting), nobody has the entry.
    await ok('settings.set', { key: 'items.maxKeySharePercent', value: 100 });
    expect(await todoOf(office.admin)).toEqual([]);
    expect(await todoOf(health)).toEqual([]);
  });

  it('refuses a share outside 1–100', async () => {
    expect(await office.refusal('settings.set', { key: 'items.maxKeySharePercent', value: 0 })).toContain(
      '重点检查事项占比上限不能少于 1%',
    );
  });
});
