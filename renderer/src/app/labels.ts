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

/** How refused writes read in the audit log; codes come from the core's ErrorCode. */
export const OUTCOME_LABELS: Record<string, string> = {
  ok: '成功',
  BAD_CREDENTIALS: '密码错误',
  LOCKED: '账户已锁定',
  FORBIDDEN: '无权限',
  UNAUTHENTICATED: '未登录',
  INVALID_INPUT: '输入有误',
  CONFLICT: '冲突',
  NOT_FOUND: '不存在',
};
