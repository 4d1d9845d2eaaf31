import { z } from 'zod';
import { ROUNDING_NOTES } from './rounding.shared';
import { DRAW_STATUSES } from './status.shared';
import { WITNESS_MESSAGES, WITNESS_NAME_MAX_LENGTH, WITNESS_VALUE_PATTERN } from './witness.shared';

const stratumCounting = z.object({
  /** A credit-risk class, or P: subjects penalised in the last three years, drawn apart. */
  stratum: z.enum(['A', 'B', 'C', 'D', 'P']),
  size: z.number().int(),
  ratio: z.number(),
  count: z.number().int(),
  /** Since ssj-draw/2 (absent on earlier attempts): the binding cap, the realised ratio and the rounding's reason. */
  cap: z.number().nullable().optional(),
  realised: z.number().optional(),
  note: z.enum(ROUNDING_NOTES).optional(),
});

/** An attempt as the ceremony screen shows it; the nonce only once the draw has been run. */
export const attemptView = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  attempt: z.number().int(),
  status: z.enum(DRAW_STATUSES),
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

/** The rule is the shared tier's (draws/witness.shared.ts), which the ceremony screen checks as well. */
export const witnessSchema = z.object({
  name: z.string().trim().min(1, WITNESS_MESSAGES.name).max(WITNESS_NAME_MAX_LENGTH, WITNESS_MESSAGES.nameTooLong),
  value: z.string().trim().regex(WITNESS_VALUE_PATTERN, WITNESS_MESSAGES.value),
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

/** 可合并检查: a subject this task shares with another locked task of an overlapping period (joint-visits.ts). */
export const jointVisitView = z.object({
  subjectId: z.number().int(),
  subjectName: z.string(),
  itemNames: z.array(z.string()),
  team: z.array(z.string()),
  other: z.object({
    taskId: z.number().int(),
    taskName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    itemNames: z.array(z.string()),
    team: z.array(z.string()),
  }),
  from: z.string(),
  to: z.string(),
});
