import { describe, expect, it } from 'vitest';
import { addUserAndLogin, expectOk, withToken } from '../support/core';
import { officeForEachTest } from '../support/office';
import { countyWithTask } from '../support/draws';

const office = officeForEachTest();
const { ok } = office;

type Steps = { steps: { key: string; done: boolean; detail: string }[] };
const checklist = (token: string) =>
  expectOk(office.t.core, withToken(token), 'home.setupChecklist', {}) as Promise<Steps>;
const states = (s: Steps) => Object.fromEntries(s.steps.map((step) => [step.key, step.done]));

describe('工作台 set-up checklist', () => {
  it('starts with every step to do, in order, and marks each done as the office sets itself up', async () => {
    const fresh = await checklist(office.admin);
    expect(fresh.steps.map((s) => s.key)).toEqual([
      'departments',
      'officerAccounts',
      'items',
      'subjects',
      'inspectors',
      'plan',
      'task',
    ]);
    expect(fresh.steps.every((s) => !s.done)).toBe(true);
    expect(fresh.steps.find((s) => s.key === 'officerAccounts')?.detail).toBe('尚无执法人员账户');

    const { officers } = await countyWithTask(office.t.core, office.admin);
    // An officer's account not yet linked keeps its step open, and says how many are left.
    await addUserAndLogin(office.t.core, office.admin, { username: 'zhang', role: 'inspector', departmentId: 17 });
    const half = await checklist(office.admin);
    expect(states(half)).toEqual({
      departments: true,
      officerAccounts: false,
      items: true,
      subjects: true,
      inspectors: true,
      plan: true,
      task: true,
    });
    expect(half.steps.find((s) => s.key === 'officerAccounts')?.detail).toBe('1 个执法人员账户中 1 个尚未关联');
    expect(half.steps.find((s) => s.key === 'subjects')?.detail).toBe('名录中有 40 户');

    const users = (await ok('users.list', { keyword: 'zhang' })) as {
      id: number;
    }[];
    await ok('users.linkInspector', {
      id: users[0]?.id ?? 0,
      inspectorId: officers[3] ?? 0,
    });
    const all = await checklist(office.admin);
    expect(all.steps.every((s) => s.done)).toBe(true);
  });

  it("shows a department administrator the own department's steps, and officers none", async () => {
    await countyWithTask(office.t.core, office.admin);
    // 县发展和改革委员会 (2) has no items, officers or plan of its own; the subjects directory is the county's.
    const deptAdmin = await addUserAndLogin(office.t.core, office.admin, {
      username: 'fgw',
      role: 'deptAdmin',
      departmentId: 2,
    });
    expect(states(await checklist(deptAdmin))).toEqual({
      officerAccounts: false,
      items: false,
      subjects: true,
      inspectors: false,
      plan: false,
      task: false,
    });
    const officer = await addUserAndLogin(office.t.core, office.admin, {
      username: 'li',
      role: 'inspector',
      departmentId: 1,
    });
    expect((await checklist(officer)).steps).toEqual([]);
  });
});
