import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD。');
const calendarYear = z
  .number({ error: '请选择年份。' })
  .int()
  .min(2000, '年份应在 2000 到 2100 之间。')
  .max(2100, '年份应在 2000 到 2100 之间。');
const dayKind = z.enum(['holiday', 'workday'], { error: '每一天应为放假或调休上班。' });
const listedDay = z.object({ date: isoDate, kind: dayKind, name: z.string().trim().max(20, '名称不能超过 20 个字。') });

export const calendarContract = {
  'calendar.years': method({
    summary: '查看工作日历覆盖的年份',
    input: z.object({}),
    output: z.array(
      z.object({
        year: z.number().int(),
        /** The full citation, stated once on the page. */
        source: z.string(),
        /** In a word, for the years table: 随软件提供, 国务院办公厅通知（粘贴解析）, 手工标注, 导入文件. */
        label: z.string(),
        holidays: z.number().int(),
        workdays: z.number().int(),
      }),
    ),
    access: EVERYONE,
    write: false,
  }),
  'calendar.isWorkday': method({
    summary: '查询是否工作日',
    input: z.object({ date: isoDate }),
    output: z.object({ date: z.string(), workday: z.boolean() }),
    access: EVERYONE,
    write: false,
  }),
  'calendar.add': method({
    summary: '推算第 N 个工作日',
    input: z.object({
      date: isoDate,
      days: z.number({ error: '请给出工作日天数。' }).int().min(0).max(3650),
    }),
    output: z.object({ date: z.string() }),
    access: EVERYONE,
    write: false,
  }),
  'calendar.days': method({
    summary: '查看工作日历',
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    output: z.array(z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() })),
    access: EVERYONE,
    write: false,
  }),
  'calendar.setDay': method({
    summary: '修改工作日历',
    input: z.object({
      date: isoDate,
      kind: z.enum(['holiday', 'workday', 'normal'], { error: '请选择放假、调休上班或恢复正常。' }),
      name: z.string().trim().max(20, '名称不能超过 20 个字。').default(''),
    }),
    output: z.object({ date: z.string(), workday: z.boolean(), moved: z.number().int() }),
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'calendar',
  }),
  'calendar.importFile': method({
    summary: '导入工作日历',
    input: z.object({ upload: z.string().max(64) }),
    output: z.object({ years: z.array(z.number().int()), moved: z.number().int() }),
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'calendar',
  }),
  'calendar.parseNotice': method({
    summary: '解析放假通知',
    input: z.object({
      text: z
        .string()
        .trim()
        .min(1, '请粘贴国务院办公厅关于节假日安排的通知全文。')
        .max(20_000, '粘贴的文字超过 2 万字，不像一份放假通知。'),
      year: calendarYear,
    }),
    output: z.object({
      year: z.number().int(),
      title: z.string().nullable(),
      days: z.array(z.object({ date: z.string(), kind: dayKind, name: z.string() })),
      warnings: z.array(z.string()),
    }),
    access: ROLE_GROUPS.leadOffice,
    write: false,
  }),
  'calendar.saveYear': method({
    summary: '新增工作日历年份',
    input: z.object({
      year: calendarYear,
      origin: z.enum(['notice', 'manual'], { error: '请说明是解析通知还是手工标注。' }),
      title: z.string().trim().max(60).nullable().default(null),
      days: z.array(listedDay).max(400, '一年最多 400 天。'),
      replace: z.boolean().default(false),
    }),
    output: z.object({
      year: z.number().int(),
      holidays: z.number().int(),
      workdays: z.number().int(),
      moved: z.number().int(),
    }),
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'calendar',
  }),
};
