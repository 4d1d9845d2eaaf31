import type { ErrorCode } from '../errors';

/** An outcome only older versions wrote: accounts were locked before failed logins were throttled instead. */
type RetiredOutcome = 'LOCKED';

/**
 * How an audit entry's outcome reads (shared tier): `ok`, or the code of the refusal (errors.ts ErrorCode). The
 * type makes sure every code the core can refuse with has its words.
 */
export const OUTCOME_LABELS: Record<'ok' | ErrorCode | RetiredOutcome, string> = {
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
  UNKNOWN_METHOD: '未知操作',
  INTERNAL: '内部错误',
};

/** The outcome's words; an outcome written by an older version that has none reads as stored. */
export function outcomeLabel(outcome: string): string {
  return (OUTCOME_LABELS as Record<string, string | undefined>)[outcome] ?? outcome;
}
