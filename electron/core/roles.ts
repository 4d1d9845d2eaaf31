export const ROLES = ['admin', 'lead', 'deptAdmin', 'inspector', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  lead: '牵头部门管理员',
  deptAdmin: '部门管理员',
  inspector: '执法人员',
  viewer: '只读（领导）',
};

/** Who may call a method: named roles, any logged-in user, or anyone (login itself). */
export type Access = readonly Role[] | 'authenticated' | 'public';

/** Every logged-in user, whatever the role. */
export const EVERYONE: Access = 'authenticated';

export { ROLE_GROUPS } from './auth/roles-scope.shared';
