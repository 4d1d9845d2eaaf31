import { z } from 'zod';

export const officeSchema = z.object({
  officeName: z
    .string({ error: '请输入单位名称（填报单位）。' })
    .trim()
    .min(2, '单位名称至少 2 个字。')
    .max(60, '单位名称不能超过 60 个字。'),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '行政区划代码应为 6 位数字（如 150222）。')
    .or(z.literal(''))
    .default(''),
});
export type Office = z.infer<typeof officeSchema>;

/** Setting keys are dotted identifiers: 'office.name', 'deadlines.publishDays'. */
export const settingKeySchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/, '设置项名称格式应为“分类.名称”，如 deadlines.publishDays。');

export const settingValueSchema = z.json();
