import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';

const verdictSchema = z.object({
  genuine: z.boolean(),
  message: z.string(),
  details: z
    .object({
      code: z.string(),
      taskId: z.number().int(),
      taskName: z.string(),
      leadDepartment: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      subjectId: z.number().int(),
      subjectName: z.string(),
      uscc: z.string().nullable(),
      team: z.array(z.object({ name: z.string(), certNo: z.string() })),
      notes: z.array(z.string()),
    })
    .nullable(),
});

const taskInput = z.object({ taskId: z.number({ error: '请选择抽查任务。' }).int().positive() });

export const codesContract = {
  'codes.ofTask': method({
    summary: '查看任务的检查码',
    input: taskInput,
    output: z.array(
      z.object({
        code: z.string(),
        subjectId: z.number().int(),
        name: z.string(),
        uscc: z.string().nullable(),
        payload: z.string(),
      }),
    ),
    access: EVERYONE,
    write: false,
  }),
  'codes.issue': method({
    summary: '生成检查码',
    input: taskInput,
    output: z.object({ issued: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'task',
  }),
  'codes.verify': method({
    summary: '核验检查码',
    input: z.object({
      text: z.string({ error: '请输入检查码或扫描二维码。' }).trim().min(1, '请输入检查码或扫描二维码。').max(2000),
    }),
    output: verdictSchema,
    access: EVERYONE,
    write: false,
  }),
};
