import { describe, expect, it } from 'vitest';
import { addUserAndLogin } from '../support/core';
import { officeForEachTest } from '../support/office';

const office = officeForEachTest(); // the test clock reads 2026-03-02
const { ok } = office;

/**
 * Lists that used to join the departments or users table of another area now read them through the owner's queries
 * (issue 15, point 2): the same rows, in the same order, with the same counts and names.
 */
describe('lists that read another area’s departments and accounts', () => {
  it('count each department’s active accounts, and name the department on each account', async () => {
    const [first, second] = await ok('departments.list', {});
    if (!first || !second) throw new Error('the seeded departments are missing');
    await addUserAndLogin(office.t.core, office.admin, { username: 'a1', role: 'viewer', departmentId: first.id });
    await addUserAndLogin(office.t.core, office.admin, { username: 'a2', role: 'viewer', departmentId: first.id });
    const a2 = (await ok('users.list', { keyword: 'a2' }))[0];
    await ok('users.setActive', { id: a2?.id ?? 0, active: false });

    const counts = new Map((await ok('departments.list', {})).map((d) => [d.id, d.userCount]));
    expect([counts.get(first.id), counts.get(second.id)]).toEqual([1, 0]);
    const accounts = await ok('users.list', { keyword: 'a' });
    expect(accounts.filter((u) => u.username !== 'admin').map((u) => [u.username, u.departmentName])).toEqual([
      ['a1', first.name],
      ['a2', first.name],
    ]);
    expect(accounts.find((u) => u.username === 'admin')?.departmentName ?? null).toBeNull();
  });

  it('list officers in their departments’ sort order, then by id', async () => {
    const [first, second] = await ok('departments.list', {});
    if (!first || !second) throw new Error('the seeded departments are missing');
    await ok('inspectors.create', { name: '甲一', departmentId: first.id });
    await ok('inspectors.create', { name: '乙一', departmentId: second.id });
    await ok('inspectors.create', { name: '甲二', departmentId: first.id });
    const names = async () => (await ok('inspectors.list', {})).map((i) => [i.name, i.departmentName]);
    expect(await names()).toEqual([
      ['甲一', first.name],
      ['甲二', first.name],
      ['乙一', second.name],
    ]);
    // The second department moves ahead of the first: its officers now come first.
    const { id, code, name, shortName } = second;
    await ok('departments.update', { id, code, name, shortName, sortOrder: Math.max(0, first.sortOrder - 1) });
    expect(await names()).toEqual([
      ['乙一', second.name],
      ['甲一', first.name],
      ['甲二', first.name],
    ]);
  });
});
