import { z } from 'zod';

/** One department's share of key items in its list in force (严格控制重点检查事项数量): the list screen and 待办 show it. */
export const keyShareRowSchema = z.object({
  departmentId: z.number().int(),
  departmentName: z.string(),
  key: z.number().int(),
  total: z.number().int(),
  percent: z.number(),
});
