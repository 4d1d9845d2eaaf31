import { z } from 'zod';
import { taskBasicsView } from '../plans/schemas';

/** How the teams are put together and whether the inspection order is drawn. */
export const teamSettingsSchema = z.object({
  teamSize: z.number().int().min(2, '每组至少 2 名执法人员。').max(6, '每组最多 6 名执法人员。').default(2),
  expertsPerTeam: z.number().int().min(0).max(3, '每组最多 3 名专家。').default(0),
  expertise: z.string().trim().max(20).nullable().default(null),
  batchSize: z.number().int().min(1).max(1000).nullable().default(null),
});

export const taskView = taskBasicsView.extend({
  planTaskId: z.number().int().nullable(),
  kind: z.enum(['planned', 'special']),
  reason: z.string(),
  year: z.number().int(),
  teamSize: z.number().int(),
  expertsPerTeam: z.number().int(),
  expertise: z.string().nullable(),
  batchSize: z.number().int().nullable(),
  status: z.enum(['open', 'locked']),
  drawStatus: z.enum(['none', 'open', 'drawn', 'locked']),
  attempts: z.number().int(),
  drawnCount: z.number().int(),
  matched: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type TaskView = z.infer<typeof taskView>;
