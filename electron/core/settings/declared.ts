import { z } from 'zod';
import type { Db, ReadableDb } from '../../../db/client';
import { canonicalTimeZone, isRealDate } from '../dates';
import { AppError } from '../errors';
import { readSetting } from './store';

/**
 * One entry of the browser door's allow-list: a DNS name, an IPv4 address or a bracketed IPv6 address, optionally
 * with `:port`. Kept strict so that no entry can widen the list by accident (no wildcards, no paths, no user info).
 */
export const HOST_ENTRY =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

const wholeNumber = (what: string, unit: string, min: number, max: number) =>
  z
    .number({ error: `${what}应为数字${unit}。` })
    .int(`${what}应为整数${unit}。`)
    .min(min, `${what}不能少于 ${min}${unit}。`)
    .max(max, `${what}不能超过 ${max}${unit}。`);

/** A day of the year written 月-日 (09-06); 02-29 is refused, since it does not come every year. */
const monthDay = (what: string) =>
  z
    .string({ error: `${what}应写成 月-日，如 09-06。` })
    .trim()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, `${what}应写成 月-日，如 09-06。`)
    .refine((v) => isRealDate(`2025-${v}`), `${what}不是每年都有的日期，请重新填写。`);

/**
 * Settings an administrator changes with 修改设置项 (settings.set), each with its schema, Chinese label and default.
 * A value that does not fit is refused when it is set; readers fall back to the default.
 */
export const DECLARED_SETTINGS = {
  /** The zone the office counts its days in: every default date, "not after today" check, deadline and printed time. */
  'office.timeZone': {
    label: '单位所在时区',
    schema: z
      .string({ error: '时区应为时区名称，如 Asia/Shanghai。' })
      .trim()
      .transform((name, check) => {
        const zone = canonicalTimeZone(name);
        if (zone) return zone;
        check.addIssue({
          code: 'custom',
          message: `“${name.slice(0, 40)}”不是可识别的时区名称，请填写 IANA 时区名称，如 Asia/Shanghai（北京时间）或 Asia/Urumqi（乌鲁木齐时间）。`,
        });
        return z.NEVER;
      }),
    fallback: 'Asia/Shanghai',
  },
  'auth.idleMinutes': {
    label: '无操作自动退出登录（分钟）',
    schema: wholeNumber('无操作自动退出登录的时间', ' 分钟', 5, 720),
    fallback: 30,
  },
  /** Host names (with an optional port) the browser door answers besides the loopback ones and its own address. */
  'server.allowedHosts': {
    label: '浏览器访问地址',
    schema: z
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
      .max(50, '访问地址最多登记 50 个。'),
    fallback: [] as string[],
  },
  /** How many uploaded files one account may hold unused at once, and how many megabytes they may take together. */
  'uploads.maxFiles': {
    label: '每个账户未使用的上传文件个数上限',
    schema: wholeNumber('上传文件个数上限', ' 个', 1, 1000),
    fallback: 20,
  },
  'uploads.maxMegabytes': {
    label: '每个账户未使用的上传文件容量上限（MB）',
    schema: wholeNumber('上传容量上限', ' MB', 1, 100_000),
    fallback: 500,
  },
  /**
   * 严格控制重点检查事项数量 (SX, LY, SH) gives no figure: 30% is the office's choice, not a document's. Above it, the
   * item list and the plan warn about the department (items' keyShareOf).
   */
  'items.maxKeySharePercent': {
    label: '每个部门重点检查事项占比上限（%）',
    schema: wholeNumber('重点检查事项占比上限', '%', 1, 100),
    fallback: 30,
  },
  /** 报送 (GY 固政办发〔2021〕32号: 每月末5日前报送月报表): the day of the next month a monthly report is due. */
  'reports.monthlyDueDay': {
    label: '月报表报送截止日（次月第几日）',
    schema: wholeNumber('月报表报送截止日', ' 日', 1, 28),
    fallback: 5,
  },
  /** GY: 分别于9月6日、11月30日前报送半年和年度工作总结. */
  'reports.halfYearDue': {
    label: '半年工作总结报送截止日（月-日）',
    schema: monthDay('半年工作总结报送截止日'),
    fallback: '09-06',
  },
  'reports.annualDue': {
    label: '年度工作总结报送截止日（月-日）',
    schema: monthDay('年度工作总结报送截止日'),
    fallback: '11-30',
  },
  /**
   * The last day the annual summary covers: 11-30 (GY: the summary is due on 30 November, so its year ends there) or
   * 12-31 (the calendar year; the summary is then due on the annual due day of the next year).
   */
  'reports.annualPeriodEnd': {
    label: '年度工作总结统计截止日',
    schema: z.enum(['11-30', '12-31'], { error: '年度统计截止日只能是 11-30 或 12-31。' }),
    fallback: '11-30' as '11-30' | '12-31',
  },
} as const;

export type DeclaredSettingKey = keyof typeof DECLARED_SETTINGS;
type Declared<K extends DeclaredSettingKey> = (typeof DECLARED_SETTINGS)[K];

export const isDeclaredSetting = (key: string): key is DeclaredSettingKey => key in DECLARED_SETTINGS;

/** A declared setting's value, or its default when it is absent or no longer fits. */
export function readDeclared<K extends DeclaredSettingKey>(db: ReadableDb, key: K): z.output<Declared<K>['schema']> {
  const { schema, fallback } = DECLARED_SETTINGS[key] as { schema: z.ZodType; fallback: unknown };
  return readSetting(db, key, schema, fallback) as z.output<Declared<K>['schema']>;
}

/** The value settings.set stores: a declared key's value as its schema reads it (refused when it does not fit). */
export function checkDeclaredSetting(key: string, value: unknown): unknown {
  if (!isDeclaredSetting(key)) return value;
  const { label, schema } = DECLARED_SETTINGS[key] as { label: string; schema: z.ZodType };
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', `「${label}」：${parsed.error.issues[0]?.message ?? '取值无效。'}`);
  return parsed.data;
}

export const readAllowedHosts = (db: Db): string[] => [...readDeclared(db, 'server.allowedHosts')];

export function readUploadQuota(db: Db): { maxFiles: number; maxBytes: number } {
  return {
    maxFiles: readDeclared(db, 'uploads.maxFiles'),
    maxBytes: readDeclared(db, 'uploads.maxMegabytes') * 1024 * 1024,
  };
}
