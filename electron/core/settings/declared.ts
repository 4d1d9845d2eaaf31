import { z } from 'zod';

/**
 * Settings an administrator changes with 修改设置项 (settings.set), each with its schema and its Chinese label.
 * A value that does not fit is refused when it is set; readers fall back to the default.
 */
export const DECLARED_SETTINGS = {
  'auth.idleMinutes': {
    label: '无操作自动退出登录（分钟）',
    schema: z
      .number({ error: '无操作自动退出登录的时间应为分钟数。' })
      .int('无操作自动退出登录的时间应为整数分钟。')
      .min(5, '无操作自动退出登录的时间不能少于 5 分钟。')
      .max(720, '无操作自动退出登录的时间不能超过 720 分钟（12 小时）。'),
    fallback: 30,
  },
} as const;

export type DeclaredSettingKey = keyof typeof DECLARED_SETTINGS;

export const isDeclaredSetting = (key: string): key is DeclaredSettingKey => key in DECLARED_SETTINGS;
