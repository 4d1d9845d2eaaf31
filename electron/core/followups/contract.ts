import { z } from 'zod';
import { method } from '../define';
import { dayField } from '../validation';
import { EVERYONE, ROLE_GROUPS } from '../roles';

export const followUpView = z.object({
  id: z.number().int(),
  resultId: z.number().int(),
  taskId: z.number().int(),
  taskName: z.string(),
  subjectId: z.number().int(),
  subjectName: z.string(),
  itemName: z.string(),
  measure: z.string(),
  measureName: z.string(),
  departmentId: z.number().int(),
  departmentName: z.string(),
  decidedOn: z.string(),
  dueOn: z.string(),
  notes: z.string(),
  status: z.enum(['open', 'closed']),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  createdBy: z.string(),
  overdue: z.boolean(),
});

export const followUpsContract = {
  'followups.list': method({
    summary: '查询后续处置',
    input: z.object({
      status: z.enum(['open', 'closed']).optional(),
      taskId: z.number().int().positive().optional(),
      subjectId: z.number().int().positive().optional(),
    }),
    output: z.array(followUpView),
    access: EVERYONE,
    write: false,
  }),
  'followups.create': method({
    summary: '登记后续处置',
    input: z.object({
      resultId: z.number({ error: '请选择检查结果。' }).int().positive(),
      measure: z.string({ error: '请选择处置措施。' }).trim().min(1, '请选择处置措施。'),
      departmentId: z.number({ error: '请选择责任部门。' }).int().positive(),
      /** The day the measure was decided (the report counts it in that month); today when not given. */
      decidedOn: dayField('决定日期').optional(),
      dueOn: dayField('办理期限'),
      notes: z.string().trim().max(500, '备注不能超过 500 个字。').default(''),
    }),
    output: followUpView,
    access: ROLE_GROUPS.staff,
    write: true,
    entity: 'followUp',
  }),
  'followups.close': method({
    summary: '完结后续处置',
    input: z.object({
      id: z.number().int().positive(),
      closedOn: dayField('完结日期'),
      outcome: z.string({ error: '请填写处置结果。' }).trim().min(2, '请填写处置结果（至少 2 个字）。').max(500),
    }),
    output: followUpView,
    access: ROLE_GROUPS.staff,
    write: true,
    entity: 'followUp',
  }),
};
