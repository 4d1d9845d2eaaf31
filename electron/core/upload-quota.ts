import type { Db } from '../../db/client';
import { AppError } from './errors';
import type { FileArea } from './files';
import type { Role } from './roles';
import { readUploadQuota } from './settings';

const mb = (bytes: number): string => {
  const megabytes = bytes / 1024 / 1024;
  return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
};

/**
 * How many bytes an account may still upload, or the refusal: a 只读 account uploads nothing (no method it may call
 * takes a file), and every other account holds at most the configured number and size of uploads no method has
 * taken yet, so one account cannot fill the disk of the office's server.
 */
export function uploadAllowance(db: Db, files: FileArea, user: { id: number; role: Role }): number {
  if (user.role === 'viewer')
    throw new AppError('FORBIDDEN', '只读账户不能上传文件。如需导入数据，请联系本部门管理员。');
  const quota = readUploadQuota(db);
  const held = files.uploadsHeldBy(user.id);
  const wait = '请先完成或取消正在进行的导入；未使用的上传文件一小时后自动清除。';
  if (held.count >= quota.maxFiles)
    throw new AppError(
      'CONFLICT',
      `您已有 ${held.count} 个上传的文件尚未使用，达到每个账户 ${quota.maxFiles} 个的上限。${wait}`,
    );
  if (held.bytes >= quota.maxBytes)
    throw new AppError(
      'CONFLICT',
      `您尚未使用的上传文件已占用 ${mb(held.bytes)}，达到每个账户 ${mb(quota.maxBytes)} 的上限。${wait}`,
    );
  return quota.maxBytes - held.bytes;
}

/** The refusal for a file larger than what the account may still upload. */
export const overAllowance = (db: Db, allowance: number): AppError =>
  new AppError(
    'CONFLICT',
    `该文件超过您的剩余上传容量（${mb(allowance)}；每个账户尚未使用的上传文件合计不超过 ${mb(readUploadQuota(db).maxBytes)}）。请先完成或取消正在进行的导入；未使用的上传文件一小时后自动清除。`,
  );
