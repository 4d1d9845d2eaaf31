/** Error codes every door understands; the message is always Chinese and says what to do. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'BAD_CREDENTIALS'
  /** Too many failed logins from one address (or for one account from one address): wait and retry. */
  | 'THROTTLED'
  /** Too many password hashes waiting at once. */
  | 'BUSY'
  | 'DISK_FULL'
  | 'INTERNAL';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/**
 * A refusal the user can act on. `keepWrites` lets a refusal still commit what the handler wrote before it —
 * the audit entry of a failed login must survive the refusal it causes.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly keepWrites: boolean;

  constructor(code: ErrorCode, message: string, options: { keepWrites?: boolean } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.keepWrites = options.keepWrites ?? false;
  }
}

export const notFound = (what: string): AppError =>
  new AppError('NOT_FOUND', `${what}不存在或已被删除，请刷新后重试。`);

export const INTERNAL_MESSAGE = '系统内部错误，操作未保存。请重试；如仍失败，请联系系统管理员。';

/** SQLite or the file system ran out of space: the call wrote nothing, and freeing space is what helps. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

export const diskFullMessage = (dataDir: string): string =>
  `磁盘空间不足，操作未保存。数据目录“${dataDir}”所在的磁盘已满：请删除不需要的文件或把数据目录移到空间更大的磁盘，腾出空间后重试。`;
