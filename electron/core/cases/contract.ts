import { z } from 'zod';
import { CASE_SOURCES } from '../../../db/schema';
import { method } from '../define';
import { dayField } from '../validation';
import { EVERYONE, ROLE_GROUPS } from '../roles';

export const caseView = z.object({
  id: z.number().int(),
  source: z.enum(CASE_SOURCES),
  receivedOn: z.string(),
  subjectId: z.number().int().nullable(),
  subjectName: z.string(),
  departmentId: z.number().int(),
  departmentName: z.string(),
  summary: z.string(),
  outcome: z.string().nullable(),
  closedOn: z.string().nullable(),
  createdBy: z.string(),
});

/** 个案: inspections from complaints, referrals and monitoring, recorded beside the random draws. */
export const casesContract = {
  'cases.list': method({
    summary: '查询个案',
    input: z.object({
      open: z.boolean().optional(),
      subjectId: z.number().int().positive().optional(),
    }),
    output: z.array(caseView),
    access: EVERYONE,
    write: false,
  }),
  'cases.create': method({
    summary: '登记个案',
    input: z.object({
      source: z.enum(CASE_SOURCES, { error: `案件来源应为：${CASE_SOURCES.join('、')}。` }),
      receivedOn: dayField('受理日期'),
      subjectId: z.number().int().positive().nullable().default(null),
      subjectName: z.string().trim().max(100, '对象名称不能超过 100 个字。').default(''),
      departmentId: z.number({ error: '请选择承办部门。' }).int().positive(),
      summary: z.string({ error: '请填写案情摘要。' }).trim().min(4, '请填写案情摘要（至少 4 个字）。').max(1000),
    }),
    output: caseView,
    access: ROLE_GROUPS.staff,
    write: true,
    entity: 'case',
  }),
  'cases.close': method({
    summary: '办结个案',
    input: z.object({
      id: z.number().int().positive(),
      closedOn: dayField('办结日期'),
      outcome: z.string({ error: '请填写处理结果。' }).trim().min(2, '请填写处理结果（至少 2 个字）。').max(1000),
    }),
    output: caseView,
    access: ROLE_GROUPS.staff,
    write: true,
    entity: 'case',
  }),
};
