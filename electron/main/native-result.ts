import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { AppError, diskFullMessage, isDiskFull, type Result } from '../core/errors';
import { UNTRUSTED, type TrustCheck } from './ipc';

/**
 * Native services answer as the contract's methods do: a Result, never a rejection. Electron would turn a throw into
 * "Error invoking remote method …" with the Chinese message buried inside, and the page would have to guess its shape.
 */
export function nativeHandler<A extends unknown[], T>(
  isTrusted: TrustCheck,
  dataDir: string,
  run: (event: IpcMainInvokeEvent, ...args: A) => Promise<T>,
): (event: IpcMainInvokeEvent, ...args: A) => Promise<Result<T>> {
  return async (event, ...args) => {
    if (!isTrusted(event)) return UNTRUSTED;
    try {
      return { ok: true, value: await run(event, ...args) };
    } catch (error) {
      return { ok: false, error: nativeRefusal(error, dataDir) };
    }
  };
}

/** A file-system failure said in words the user can act on; `doing` names the step, e.g. 保存“计划.xlsx”. */
export function fileProblem(error: unknown, doing: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('FORBIDDEN', `无法${doing}：没有该位置的读写权限。请换一个位置（如“文档”或“桌面”）后重试。`);
    case 'EBUSY':
      return new AppError('CONFLICT', `无法${doing}：文件正被其他程序（如 Excel、PDF 阅读器）打开。请关闭它后重试。`);
    case 'ENOENT':
      return new AppError('NOT_FOUND', `无法${doing}：文件或文件夹不存在，可能已被移动或删除。请重新选择。`);
    case 'ENOSPC':
      return new AppError('DISK_FULL', `无法${doing}：磁盘空间不足。请删除不需要的文件或换一个磁盘后重试。`);
    default: {
      const cause = error instanceof Error ? error.message : String(error);
      return new AppError('CONFLICT', `无法${doing}（${cause}）。请重试，或换一个位置、换一个文件。`);
    }
  }
}

function nativeRefusal(error: unknown, dataDir: string): { code: AppError['code']; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (isDiskFull(error)) return { code: 'DISK_FULL', message: diskFullMessage(dataDir) };
  if (error instanceof z.ZodError)
    return { code: 'INVALID_INPUT', message: '页面发来的文件请求无效，请刷新页面后重试。' };
  console.error('[native] failed:', error);
  return { code: 'INTERNAL', message: '文件操作未完成，请重试；如仍失败，请重新启动本系统。' };
}
