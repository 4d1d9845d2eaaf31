import { z } from 'zod';
import { INSPECTION_MODES } from '../../../db/schema/plans';
import { subjectFilterSchema } from '../subjects/schemas';
import { TARGET_FLAGS } from '../subjects/target-flags.shared';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD。');
const percent = z
  .number({ error: '请填写抽查比例（%）。' })
  .min(0, '抽查比例不能小于 0%。')
  .max(100, '抽查比例不能超过 100%。')
  .multipleOf(0.01, '抽查比例最多保留两位小数。');

/** Which flags form the targeted (重点) stratum; absent: the penalty flag only (target-flags.shared.ts). */
const targetFlags = z
  .array(
    z.enum(TARGET_FLAGS, { error: '重点对象的标记应为：近三年行政处罚、投诉举报经核实、经营异常名录、严重违法失信。' }),
  )
  .min(1, '请至少选择一种构成重点对象的标记。')
  .max(TARGET_FLAGS.length)
  .optional();

/**
 * One ratio for every subject, or one per credit-risk class (differentiated sampling); optionally a ratio of their
 * own for the targeted (重点) subjects — by default those penalised in the last three years; `targetFlags` names
 * the flags that make a subject targeted (any of them) — drawn apart, usually higher. Percent, two decimals.
 * (The key stays `penalized`, the name it had when the penalty was the only flag, so stored plans read as before.)
 */
export const ratiosSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all'), all: percent, penalized: percent.optional(), targetFlags }),
  z.object({
    mode: z.literal('byClass'),
    A: percent,
    B: percent,
    C: percent,
    D: percent,
    penalized: percent.optional(),
    targetFlags,
  }),
]);
export type Ratios = z.infer<typeof ratiosSchema>;

export const scopeSchema = subjectFilterSchema.omit({ q: true });

/** A stored scope (an item's, a planned task's, a task's) read back. */
export const scopeOf = (text: string): z.infer<typeof scopeSchema> => scopeSchema.parse(JSON.parse(text));

/** What a planned task (and a task copied from it) states. */
export const taskFieldsSchema = z
  .object({
    name: z.string().trim().min(2, '请填写任务名称。').max(100, '任务名称不超过 100 字。'),
    itemIds: z.array(z.number().int().positive()).min(1, '请至少选择一个抽查事项。').max(30),
    leadDepartmentId: z.number().int().positive({ error: '请选择发起（牵头）部门。' }),
    // A county has 20–35 member departments; a joint task may name all of them (33 are seeded on a new database).
    departmentIds: z.array(z.number().int().positive()).max(100, '参与部门不超过 100 个。').default([]),
    scope: scopeSchema.default({}),
    ratios: ratiosSchema,
    frequency: z.number().int().min(1, '抽查频次至少 1 次。').max(12, '抽查频次每年不超过 12 次。').default(1),
    periodStart: isoDate,
    periodEnd: isoDate,
    mode: z.enum(INSPECTION_MODES, { error: '请选择检查方式：现场、书面、网络或委托。' }),
    notes: z.string().max(500).default(''),
    /** Why the class ratios do not rise with the risk; required only when they do not (rules.ts checkRatioOrder). */
    ratioOrderReason: z.string().trim().max(500, '比例倒挂说明不超过 500 字。').default(''),
  })
  .refine((t) => t.periodStart <= t.periodEnd, {
    message: '检查期间的结束日期不能早于开始日期。',
    path: ['periodEnd'],
  });
export type TaskFields = z.infer<typeof taskFieldsSchema>;

export const adjustmentSchema = z.object({
  reason: z.string().trim().min(2, '已发布的计划调整须写明原因。').max(500),
  filedOn: isoDate,
});

/** What a planned task and a task made from it both show: items, departments, scope, ratios and period. */
export const taskBasicsView = z.object({
  id: z.number().int(),
  name: z.string(),
  itemIds: z.array(z.number().int()),
  itemNames: z.array(z.string()),
  leadDepartmentId: z.number().int(),
  departmentIds: z.array(z.number().int()),
  departmentNames: z.array(z.string()),
  joint: z.boolean(),
  scope: scopeSchema,
  ratios: ratiosSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  mode: z.enum(INSPECTION_MODES),
});

export const planTaskView = taskBasicsView.extend({
  planId: z.number().int(),
  frequency: z.number().int(),
  notes: z.string(),
  /** Why the class ratios do not rise with the risk; '' when they do (adjustments recorded before it: absent). */
  ratioOrderReason: z.string().default(''),
  status: z.enum(['active', 'cancelled']),
});
export type PlanTaskView = z.infer<typeof planTaskView>;

/** A planned task's unpublished adjustment: what is in force until it is published, and what it will change. */
export const pendingChange = z.object({
  kind: z.enum(['add', 'cancel', 'modify']),
  /** The 报备 date of the latest unpublished adjustment. */
  filedOn: z.string(),
  /** The task as in force now; null when the adjustment adds it. */
  inForce: planTaskView.nullable(),
  changes: z.array(z.object({ label: z.string(), before: z.string(), after: z.string() })),
});
export type PendingChange = z.infer<typeof pendingChange>;
export type TaskBasicsView = z.infer<typeof taskBasicsView>;

export const planView = z.object({
  id: z.number().int(),
  year: z.number().int(),
  departmentId: z.number().int().nullable(),
  departmentName: z.string(),
  name: z.string(),
  status: z.enum(['draft', 'published']),
  approvedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  version: z.number().int(),
  taskCount: z.number().int(),
  pendingAdjustments: z.number().int(),
});
export type PlanView = z.infer<typeof planView>;

export const adjustmentView = z.object({
  id: z.number().int(),
  planTaskId: z.number().int(),
  taskName: z.string(),
  kind: z.enum(['add', 'cancel', 'modify']),
  reason: z.string(),
  filedOn: z.string(),
  version: z.number().int().nullable(),
  publishedOn: z.string().nullable(),
  actorName: z.string(),
  createdAt: z.string(),
  changes: z.array(z.object({ label: z.string(), before: z.string(), after: z.string() })),
});
