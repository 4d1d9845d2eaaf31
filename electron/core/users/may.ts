import { mayManageDepartment, type ScopedUser } from '../auth/roles-scope.shared';
import type { Role } from '../roles';

/** Which roles each managing role may hand out; a 部门管理员 stays inside their own department. */
const GRANTABLE: Partial<Record<Role, readonly Role[]>> = {
  admin: ['admin', 'lead', 'deptAdmin', 'inspector', 'viewer'],
  lead: ['lead', 'deptAdmin', 'inspector', 'viewer'],
  deptAdmin: ['inspector', 'viewer'],
};

export const grantableRoles = (user: Pick<ScopedUser, 'role'>): readonly Role[] => GRANTABLE[user.role] ?? [];

/** An account as the rule sees it: the role it has (or is to have) and its department. */
export interface UserTarget {
  role: Role;
  departmentId: number | null;
}

export type UserVerdict = 'allowed' | 'role' | 'otherDepartment';

/**
 * Who may create, change or hold an account: only roles the manager may grant, and — the lead office apart — only
 * in the manager's own department. (Which accounts a 部门管理员 lists is confinedDepartment's.)
 */
export function mayUser(user: ScopedUser, _action: 'manage', target: UserTarget): UserVerdict {
  if (!grantableRoles(user).includes(target.role)) return 'role';
  return mayManageDepartment(user, target.departmentId) ? 'allowed' : 'otherDepartment';
}
