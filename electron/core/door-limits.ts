import type { Core } from './app';
import type { SessionView } from './auth/contract';
import type { Caller } from './context';
import { AppError, type AppErrorShape, type Result } from './errors';
import { overAllowance, uploadAllowance } from './upload-quota';

/**
 * What every door refuses before a call reaches dispatch, in one place: the IPC door (desktop window) and the HTTP
 * door (browser) take the same inputs and the same files, and say the same thing when they will not.
 */

/** The largest file any door takes: a million rows of a wide sheet fit well within it. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** The largest input of one call, as JSON text; a form or a list of ids is far smaller. */
export const MAX_CALL_BYTES = 1024 * 1024;

export const CALL_TOO_LARGE: AppErrorShape = { code: 'INVALID_INPUT', message: '请求内容过大（超过 1 MB）。' };
export const CALL_NOT_JSON: AppErrorShape = { code: 'INVALID_INPUT', message: '请求内容不是有效的 JSON。' };

/** The input of a call as JSON text (the HTTP body); empty text is an empty input. */
export function callInputFromJson(text: string): Result<unknown> {
  if (Buffer.byteLength(text, 'utf8') > MAX_CALL_BYTES) return { ok: false, error: CALL_TOO_LARGE };
  if (text.length === 0) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: CALL_NOT_JSON };
  }
}

/**
 * The input of a call as the IPC door receives it (a structured clone, which may hold what JSON cannot): held to the
 * JSON and size rules of the HTTP door and passed on as JSON would carry it, so a method sees the same input from
 * the desktop window as from a browser.
 */
export function callInputFromValue(value: unknown): Result<unknown> {
  let text: string | undefined;
  try {
    text = JSON.stringify(value ?? {});
  } catch {
    return { ok: false, error: CALL_NOT_JSON };
  }
  return text === undefined ? { ok: false, error: CALL_NOT_JSON } : callInputFromJson(text);
}

export const uploadTooLarge = (): AppError =>
  new AppError('INVALID_INPUT', `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后再上传。`);

/** How much one upload may hold, and the refusal for a file of a given size beyond it. */
export interface UploadAdmission {
  user: SessionView['user'];
  limit: number;
  refusal(size: number): AppError;
}

/**
 * Whether the caller may upload a file now, and how large: a logged-in account within its upload quota
 * (upload-quota.ts), no file over MAX_UPLOAD_BYTES. Throws the refusal (UNAUTHENTICATED, FORBIDDEN, CONFLICT).
 */
export async function admitUpload(core: Pick<Core, 'call' | 'db' | 'files'>, caller: Caller): Promise<UploadAdmission> {
  const me = await core.call(caller, 'auth.me', {});
  if (!me.ok) throw new AppError('UNAUTHENTICATED', '登录已过期或尚未登录，请重新登录。');
  const user = (me.value as SessionView).user;
  const allowance = uploadAllowance(core.db, core.files, user);
  return {
    user,
    limit: Math.min(MAX_UPLOAD_BYTES, allowance),
    refusal: (size) =>
      size > allowance && allowance < MAX_UPLOAD_BYTES ? overAllowance(core.db, allowance) : uploadTooLarge(),
  };
}
