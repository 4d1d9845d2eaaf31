import { describe, expect, it } from 'vitest';
import {
  confinedDepartment,
  mayManageDepartment,
  NO_DEPARTMENT,
  ROLE_GROUPS,
  type ScopedUser,
} from '../../electron/core/auth/roles-scope.shared';
import { mayFollowUp } from '../../electron/core/followups/may';
import { mayHome } from '../../electron/core/home/may';
import { mayPlan } from '../../electron/core/plans/may';
import { mayResult, type ResultTarget } from '../../electron/core/results/may';
import { mayUser } from '../../electron/core/users/may';

/** Each area's may… rule, role by role, on its own department (1) and another (2); pure, no database. */
const ADMIN: ScopedUser = { role: 'admin', departmentId: null };
const LEAD: ScopedUser = { role: 'lead', departmentId: 9 };
const DEPT: ScopedUser = { role: 'deptAdmin', departmentId: 1 };
const OFFICER: ScopedUser = { role: 'inspector', departmentId: 1 };
const VIEWER: ScopedUser = { role: 'viewer', departmentId: null };

const result = (departmentId: number, onTeam = false, officerLinked = true): ResultTarget => ({
  departmentId,
  officerLinked,
  onTeam: () => onTeam,
});

describe('role groups and department scoping', () => {
  it('names each group once, every access list being one of them', () => {
    expect(ROLE_GROUPS.leadOffice).toEqual(['admin', 'lead']);
    expect(ROLE_GROUPS.managers).toEqual(['admin', 'lead', 'deptAdmin']);
    expect(ROLE_GROUPS.staff).toEqual(['admin', 'lead', 'deptAdmin', 'inspector']);
  });

  it.each([
    [ADMIN, 2, true],
    [LEAD, null, true],
    [DEPT, 1, true],
    [DEPT, 2, false],
    [DEPT, null, false],
    [OFFICER, 1, true],
    [OFFICER, 2, false],
  ] as const)('%o may manage department %s: %s', (user, department, allowed) => {
    expect(mayManageDepartment(user, department)).toBe(allowed);
  });

  it('confines a 部门管理员 to their department, and no one else', () => {
    expect(confinedDepartment(DEPT)).toBe(1);
    expect(confinedDepartment({ role: 'deptAdmin', departmentId: null })).toBe(NO_DEPARTMENT);
    for (const user of [ADMIN, LEAD, OFFICER, VIEWER]) expect(confinedDepartment(user)).toBeNull();
  });
});

describe('mayResult', () => {
  it.each([
    ['the lead office enters any', ADMIN, result(2), 'allowed'],
    ['a 部门管理员 enters their department’s', DEPT, result(1), 'allowed'],
    ['a 部门管理员 not another’s', DEPT, result(2, true), 'otherDepartment'],
    ['an officer on the team', OFFICER, result(2, true), 'allowed'],
    ['an officer off the team, even of the own department', OFFICER, result(1, false), 'notOnTeam'],
    ['an officer whose account is not linked', OFFICER, result(1, true, false), 'unlinked'],
    ['a viewer never', VIEWER, result(1, true), 'readOnly'],
  ] as const)('enter: %s', (_name, user, target, verdict) => {
    expect(mayResult(user, 'enter', target)).toBe(verdict);
  });

  it('asks an officer’s team only of officers', () => {
    let asked = 0;
    const target = { departmentId: 1, officerLinked: true, onTeam: () => (asked += 1) > 0 };
    for (const user of [ADMIN, LEAD, DEPT, VIEWER]) mayResult(user, 'enter', target);
    expect(asked).toBe(0);
  });

  it.each([
    [LEAD, 2, 'allowed'],
    [DEPT, 1, 'allowed'],
    [DEPT, 2, 'otherDepartment'],
  ] as const)('publish: %o, department %s → %s', (user, department, verdict) => {
    expect(mayResult(user, 'publish', { departmentId: department })).toBe(verdict);
  });
});

describe('mayFollowUp', () => {
  it('lets a 部门管理员 handle what their department is responsible for, whoever’s result it is', () => {
    expect(mayFollowUp(DEPT, { departmentId: 1, result: result(2) })).toBe('allowed');
    expect(mayFollowUp(DEPT, { departmentId: 2, result: result(2) })).toBe('otherDepartment');
  });

  it('otherwise follows the result’s entry rule', () => {
    expect(mayFollowUp(OFFICER, { departmentId: 1, result: result(2, false) })).toBe('notOnTeam');
    expect(mayFollowUp(OFFICER, { departmentId: 2, result: result(2, true) })).toBe('allowed');
    expect(mayFollowUp(ADMIN, { departmentId: 2, result: result(2) })).toBe('allowed');
  });
});

describe('mayPlan', () => {
  it.each([
    [ADMIN, null, true],
    [LEAD, 2, true],
    [DEPT, 1, true],
    [DEPT, 2, false],
    [DEPT, null, false],
  ] as const)('%o on the plan of department %s: %s', (user, department, allowed) => {
    expect(mayPlan(user, 'edit', { departmentId: department })).toBe(allowed);
    expect(mayPlan(user, 'create', { departmentId: department })).toBe(allowed);
  });
});

describe('mayUser', () => {
  it.each([
    [ADMIN, { role: 'admin', departmentId: null }, 'allowed'],
    [LEAD, { role: 'admin', departmentId: null }, 'role'],
    [LEAD, { role: 'deptAdmin', departmentId: 2 }, 'allowed'],
    [DEPT, { role: 'inspector', departmentId: 1 }, 'allowed'],
    [DEPT, { role: 'inspector', departmentId: 2 }, 'otherDepartment'],
    [DEPT, { role: 'deptAdmin', departmentId: 1 }, 'role'],
    [OFFICER, { role: 'viewer', departmentId: 1 }, 'role'],
  ] as const)('%o managing %o → %s', (user, target, verdict) => {
    expect(mayUser(user, 'manage', target)).toBe(verdict);
  });
});

describe('mayHome', () => {
  it('shows the set-up steps to the managers only', () => {
    expect([ADMIN, LEAD, DEPT, OFFICER, VIEWER].map((u) => mayHome(u, 'setUp'))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
