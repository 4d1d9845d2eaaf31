import { z } from 'zod';
import { taskBasicsView } from '../plans/schemas';
import { BATCH_SIZE, EXPERTISE_MAX_LENGTH, EXPERTS_PER_TEAM, TEAM_SIZE } from './team-settings.shared';

/** How the teams are put together and whether the inspection order is drawn. */
export const teamSettingsSchema = z.object({
  teamSize: z
    .number()
    .int()
    .min(TEAM_SIZE.min, `每组至少 ${TEAM_SIZE.min} 名执法人员。`)
    .max(TEAM_SIZE.max, `每组最多 ${TEAM_SIZE.max} 名执法人员。`)
    .default(TEAM_SIZE.default),
  expertsPerTeam: z
    .number()
    .int()
    .min(EXPERTS_PER_TEAM.min)
    .max(EXPERTS_PER_TEAM.max, `每组最多 ${EXPERTS_PER_TEAM.max} 名专家。`)
    .default(EXPERTS_PER_TEAM.default),
  expertise: z.string().trim().max(EXPERTISE_MAX_LENGTH).nullable().default(null),
  batchSize: z.number().int().min(BATCH_SIZE.min).max(BATCH_SIZE.max).nullable().default(null),
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
  /** 作废: null while the task is live. */
  cancelled: z.object({ on: z.string(), reason: z.string(), approver: z.string(), by: z.string() }).nullable(),
  /** The cancelled task this one replaces, and why it was cancelled. */
  replaces: z
    .object({
      taskId: z.number().int(),
      taskName: z.string(),
      cancelledOn: z.string(),
      approver: z.string(),
      reason: z.string(),
    })
    .nullable(),
  /** The task that replaced this cancelled one, if any. */
  replacedBy: z.object({ taskId: z.number().int(), taskName: z.string() }).nullable(),
});
export type TaskView = z.infer<typeof taskView>;
