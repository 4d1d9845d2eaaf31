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
  THROTTLED: '尝试过于频繁',
  BUSY: '系统繁忙',
  DISK_FULL: '磁盘已满',
  FORBIDDEN: '无权限',
  UNAUTHENTICATED: '未登录',
  INVALID_INPUT: '输入有误',
  CONFLICT: '冲突',
  NOT_FOUND: '不存在',
};

/** Subject vocabularies: the core's lists, copied for the renderer and checked equal by a unit test. */
export const SUBJECT_TYPES = ['企业', '个体工商户', '农民专业合作社', '产品', '项目', '行为', '其他'] as const;
export const RISK_LABELS: Record<'A' | 'B' | 'C' | 'D', string> = {
  A: 'A 低风险',
  B: 'B 一般风险',
  C: 'C 较高风险',
  D: 'D 高风险',
};
export const RISK_COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };
export const REG_STATUSES = ['存续', '在业', '迁入', '迁出', '停业', '清算', '注销', '吊销', '撤销'] as const;

/** Plan and task vocabularies, checked equal to the core's by the same test. */
export const INSPECTION_MODES = ['现场', '书面', '网络', '委托'] as const;
export const DRAW_STATUS_LABELS: Record<string, string> = {
  none: '未抽取',
  open: '待监督人输入',
  drawn: '已抽取待锁定',
  locked: '已锁定',
  superseded: '已作废（重新抽取）',
};
