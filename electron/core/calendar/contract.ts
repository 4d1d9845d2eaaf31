import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, MANAGERS } from '../roles';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD。');

export const calendarContract = {
  'calendar.years': method({
    summary: '查看工作日历覆盖的年份',
    input: z.object({}),
    output: z.array(
      z.object({ year: z.number().int(), source: z.string(), holidays: z.number().int(), workdays: z.number().int() }),
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
    access: MANAGERS,
    write: true,
    entity: 'calendar',
  }),
  'calendar.importFile': method({
    summary: '导入工作日历',
    input: z.object({ upload: z.string().max(64) }),
    output: z.object({ years: z.array(z.number().int()), moved: z.number().int() }),
    access: MANAGERS,
    write: true,
    entity: 'calendar',
  }),
};
