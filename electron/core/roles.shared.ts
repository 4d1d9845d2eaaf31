/** The roles and how they read on screen and in messages: one list for the core and the renderer (shared tier). */
export const ROLES = ['admin', 'lead', 'deptAdmin', 'inspector', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  lead: '牵头部门管理员',
  deptAdmin: '部门管理员',
  inspector: '执法人员',
  viewer: '只读（领导）',
};
