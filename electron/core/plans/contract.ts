import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { idInput } from '../users/schemas';
import {
  adjustmentSchema,
  adjustmentView,
  isoDate,
  pendingChange,
  planTaskView,
  planView,
  taskFieldsSchema,
} from './schemas';

export const plansContract = {
  'plans.list': method({
    summary: '查询年度抽查计划',
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }),
    output: z.array(planView),
    access: EVERYONE,
    write: false,
  }),
  'plans.get': method({
    summary: '查看年度抽查计划',
    input: idInput,
    output: z.object({
      plan: planView,
      /** As the plan's rows hold them (the edit form starts from these), with any unpublished change beside. */
      tasks: z.array(planTaskView.extend({ pending: pendingChange.nullable() })),
      adjustments: z.array(adjustmentView),
      warnings: z.array(z.string()),
    }),
    access: EVERYONE,
    write: false,
  }),
  'plans.itemChoices': method({
    summary: '查询可列入任务的抽查事项',
    input: z.object({ periodStart: isoDate }),
    output: z.object({
      /** In force on the period's first day: what a task may name. */
      items: z.array(
        z.object({
          id: z.number().int(),
          code: z.string(),
          name: z.string(),
          departmentId: z.number().int(),
          departmentName: z.string(),
          category: z.enum(['key', 'general']),
          ratioCap: z.number().nullable(),
          /** The item's caps in words, per class where it caps a class apart (items' describeCaps). */
          caps: z.string(),
        }),
      ),
      /** Listed but not in force that day, each with why and since when. */
      excluded: z.array(
        z.object({
          id: z.number().int(),
          code: z.string(),
          name: z.string(),
          departmentName: z.string(),
          reason: z.enum(['notYet', 'retired']),
          since: z.string(),
        }),
      ),
    }),
    access: EVERYONE,
    write: false,
  }),
  'plans.create': method({
    summary: '新建年度抽查计划',
    input: z.object({
      year: z.number().int().min(2000, '年份不正确。').max(2100, '年份不正确。'),
      departmentId: z.number().int().positive().nullable(),
      name: z.string().trim().min(2, '请填写计划名称。').max(100),
    }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'plan',
  }),
  'plans.saveTask': method({
    summary: '保存计划任务',
    input: z.object({
      planId: z.number().int().positive(),
      /** Absent: a new task. */
      taskId: z.number().int().positive().optional(),
      fields: taskFieldsSchema,
      /** Required once the plan is published: the change becomes an adjustment. */
      adjustment: adjustmentSchema.optional(),
    }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'plan',
  }),
  'plans.cancelTask': method({
    summary: '取消计划任务',
    input: z.object({
      planId: z.number().int().positive(),
      taskId: z.number().int().positive(),
      adjustment: adjustmentSchema.optional(),
    }),
    output: z.object({ ok: z.literal(true) }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'plan',
  }),
  'plans.publish': method({
    summary: '发布年度抽查计划',
    input: z.object({
      id: z.number().int().positive(),
      /** The approval date (first publication only). */
      approvedOn: isoDate.optional(),
      publishedOn: isoDate,
    }),
    output: planView,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'plan',
  }),
  'plans.export': method({
    summary: '导出年度抽查计划',
    input: idInput,
    output: z.object({ download: z.string(), fileName: z.string() }),
    access: EVERYONE,
    write: false,
  }),
};
