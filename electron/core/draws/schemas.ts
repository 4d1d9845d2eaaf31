import { z } from 'zod';

const stratumCounting = z.object({
  /** A credit-risk class, or P: subjects penalised in the last three years, drawn apart. */
  stratum: z.enum(['A', 'B', 'C', 'D', 'P']),
  size: z.number().int(),
  ratio: z.number(),
  count: z.number().int(),
});

/** An attempt as the ceremony screen shows it; the nonce only once the draw has been run. */
export const attemptView = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  attempt: z.number().int(),
  status: z.enum(['open', 'drawn', 'locked', 'superseded']),
  reason: z.string(),
  approver: z.string(),
  operatorName: z.string(),
  poolSize: z.number().int(),
  poolHash: z.string(),
  nonceHash: z.string(),
  nonce: z.string().nullable(),
  seed: z.string().nullable(),
  counting: z.array(stratumCounting),
  excluded: z.number().int(),
  witnesses: z.array(z.object({ name: z.string(), value: z.string() })),
  createdAt: z.string(),
  drawnAt: z.string().nullable(),
  lockedAt: z.string().nullable(),
});
export type AttemptView = z.infer<typeof attemptView>;

export const witnessSchema = z.object({
  name: z.string().trim().min(1, '请填写监督人姓名。').max(20),
  value: z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, '监督人输入的应为 1–20 位数字。'),
});

const member = z.object({
  id: z.number().int(),
  name: z.string(),
  departmentName: z.string(),
  role: z.enum(['officer', 'expert']),
});

export const drawnSubjectView = z.object({
  seq: z.number().int(),
  subjectId: z.number().int(),
  uscc: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  riskClass: z.string(),
  batch: z.number().int().nullable(),
  itemNames: z.array(z.string()),
  team: z.array(member),
});

export const teamChangeView = z.object({
  id: z.number().int(),
  subjectName: z.string(),
  removed: z.string(),
  added: z.string(),
  reason: z.string(),
  actorName: z.string(),
  createdAt: z.string(),
});
