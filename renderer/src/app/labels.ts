import type { Role } from '../../../electron/core/roles';

/** The renderer imports only types from the core; the type makes sure every role has its label here. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  lead: '牵头部门管理员',
  deptAdmin: '部门管理员',
  inspector: '执法人员',
  viewer: '只读（领导）',
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];
