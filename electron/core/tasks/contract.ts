import { z } from 'zod';
import { method } from '../define';
import { taskFieldsSchema } from '../plans/schemas';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { idInput } from '../users/schemas';
import { taskView, teamSettingsSchema } from './schemas';

export const tasksContract = {
  'tasks.list': method({
    summary: '查询抽查任务',
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }),
    output: z.array(taskView),
    access: EVERYONE,
    write: false,
  }),
  'tasks.get': method({
    summary: '查看抽查任务',
    input: idInput,
    output: taskView,
    access: EVERYONE,
    write: false,
  }),
  'tasks.createFromPlan': method({
    summary: '按计划创建抽查任务',
    input: teamSettingsSchema.extend({ planTaskId: z.number().int().positive() }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'task',
  }),
  'tasks.createSpecial': method({
    summary: '创建专项检查任务',
    input: teamSettingsSchema.extend({
      fields: taskFieldsSchema,
      reason: z.string({ error: '专项检查须写明开展原因。' }).trim().min(2, '专项检查须写明开展原因。').max(500),
    }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'task',
  }),
  'tasks.cancel': method({
    summary: '作废抽查任务',
    input: z.object({
      id: z.number().int().positive(),
      reason: z.string().trim().max(500, '作废原因不超过 500 字。'),
      approver: z.string().trim().max(50, '批准人不超过 50 字。'),
    }),
    output: taskView,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'task',
  }),
};
