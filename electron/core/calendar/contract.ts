import { z } from 'zod';
import { method } from '../define';
import { EVERYONE } from '../roles';

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
};
