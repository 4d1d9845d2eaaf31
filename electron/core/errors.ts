/** Error codes every door understands; the message is always Chinese and says what to do. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'BAD_CREDENTIALS'
  | 'LOCKED'
  | 'INTERNAL';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/**
 * A refusal the user can act on. `keepWrites` lets a refusal still commit what the handler wrote before it —
 * the failed-login counter must survive the refusal it causes.
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
