import { z } from 'zod';
import type { Db } from '../../../db/client';
import { AppError } from '../errors';
import { readSetting } from './store';

/** Host names (with an optional port) the browser door answers besides the loopback ones and its own address. */
export const ALLOWED_HOSTS_KEY = 'server.allowedHosts';
/** How many uploaded files one account may hold unused at once, and how many megabytes they may take together. */
export const UPLOAD_MAX_FILES_KEY = 'uploads.maxFiles';
export const UPLOAD_MAX_MEGABYTES_KEY = 'uploads.maxMegabytes';

export const DEFAULT_UPLOAD_MAX_FILES = 20;
export const DEFAULT_UPLOAD_MAX_MEGABYTES = 500;

/**
 * One entry of the allow-list: a DNS name, an IPv4 address or a bracketed IPv6 address, optionally with `:port`.
 * Kept strict so that no entry can widen the list by accident (no wildcards, no paths, no user info).
 */
export const HOST_ENTRY =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

const allowedHostsSchema = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        HOST_ENTRY,
        '访问地址应为主机名或 IP 地址，可带端口，如 ssj.gy.gov 或 192.168.1.10:5180（IPv6 地址用方括号）。',
      ),
  )
  .max(50, '访问地址最多登记 50 个。');

const countSchema = z
  .number({ error: '上传文件个数上限应为数字。' })
  .int('上传文件个数上限应为整数。')
  .min(1, '上传文件个数上限至少为 1。')
  .max(1000, '上传文件个数上限不能超过 1000。');

const megabytesSchema = z
  .number({ error: '上传容量上限应为数字（MB）。' })
  .int('上传容量上限应为整数（MB）。')
  .min(1, '上传容量上限至少为 1 MB。')
  .max(100_000, '上传容量上限不能超过 100000 MB。');

const DOOR_SETTINGS: Record<string, z.ZodType> = {
  [ALLOWED_HOSTS_KEY]: allowedHostsSchema,
  [UPLOAD_MAX_FILES_KEY]: countSchema,
  [UPLOAD_MAX_MEGABYTES_KEY]: megabytesSchema,
};

/** Checks a value written to one of these keys through `settings.set`; other keys pass unchanged. */
export function checkDoorSetting(key: string, value: unknown): unknown {
  const schema = DOOR_SETTINGS[key];
  if (!schema) return value;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? '设置值无效。');
  return parsed.data;
}

export const readAllowedHosts = (db: Db): string[] => readSetting(db, ALLOWED_HOSTS_KEY, allowedHostsSchema, []);

export function readUploadQuota(db: Db): { maxFiles: number; maxBytes: number } {
  return {
    maxFiles: readSetting(db, UPLOAD_MAX_FILES_KEY, countSchema, DEFAULT_UPLOAD_MAX_FILES),
    maxBytes: readSetting(db, UPLOAD_MAX_MEGABYTES_KEY, megabytesSchema, DEFAULT_UPLOAD_MAX_MEGABYTES) * 1024 * 1024,
  };
}
