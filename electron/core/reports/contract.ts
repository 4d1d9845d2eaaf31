import { z } from 'zod';
import { method } from '../define';
import { EVERYONE } from '../roles';

const monthSchema = z
  .string({ error: '请给出月份，如 2026-10。' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应写成 2026-10 这样。');

/** 报表: what the office hands upward, from the same figures the dashboard shows. */
export const reportsContract = {
  'reports.monthly': method({
    summary: '生成月报表',
    input: z.object({ month: monthSchema, departmentId: z.number().int().positive().optional() }),
    output: z.object({ download: z.string(), fileName: z.string(), rows: z.number().int() }),
    access: EVERYONE,
    write: false,
  }),
  'reports.summary': method({
    summary: '生成半年或年度汇总',
    input: z.object({
      period: z
        .string({ error: '请给出期间，如 2026H1 或 2026。' })
        .regex(/^\d{4}(H[12])?$/, '期间应写成 2026H1（上半年）、2026H2（下半年）或 2026（全年）。'),
    }),
    output: z.object({ download: z.string(), fileName: z.string() }),
    access: EVERYONE,
    write: false,
  }),
};
