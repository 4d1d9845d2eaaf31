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
};
