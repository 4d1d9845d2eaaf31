import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { attemptView, drawnSubjectView, jointVisitView, teamChangeView, witnessSchema } from './schemas';
import { MAX_WITNESSES, MIN_WITNESSES, WITNESS_MESSAGES } from './witness.shared';

const taskInput = z.object({ taskId: z.number({ error: '缺少任务编号。' }).int().positive() });
const drawInput = z.object({ drawId: z.number({ error: '缺少抽取编号。' }).int().positive() });

export const drawsContract = {
  'draws.attempts': method({
    summary: '查看名单抽取记录',
    input: taskInput,
    output: z.array(attemptView),
    access: EVERYONE,
    write: false,
  }),
  'draws.jointVisits': method({
    summary: '查看可合并检查的对象',
    input: taskInput,
    output: z.array(jointVisitView),
    access: EVERYONE,
    write: false,
  }),
  'draws.open': method({
    summary: '开始名单抽取',
    input: taskInput.extend({
      /** A redraw (an attempt already drawn and not locked) needs both. */
      reason: z.string().trim().max(500).optional(),
      approver: z.string().trim().max(40).optional(),
    }),
    output: attemptView,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'draw',
  }),
  'draws.run': method({
    summary: '输入监督人数字并抽取',
    input: drawInput.extend({
      witnesses: z
        .array(witnessSchema)
        .min(MIN_WITNESSES, WITNESS_MESSAGES.tooFew)
        .max(MAX_WITNESSES, WITNESS_MESSAGES.tooMany),
    }),
    output: attemptView,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'draw',
  }),
  'draws.lock': method({
    summary: '锁定抽取结果',
    input: drawInput,
    output: attemptView,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'draw',
  }),
  'draws.result': method({
    summary: '查看抽取结果与检查组',
    input: taskInput,
    output: z.object({
      drawId: z.number().int().nullable(),
      attempt: z.number().int().nullable(),
      status: z.string().nullable(),
      subjects: z.array(drawnSubjectView),
      matchAttempt: z.number().int().nullable(),
      changes: z.array(teamChangeView),
    }),
    access: EVERYONE,
    write: false,
  }),
  'draws.export': method({
    summary: '导出抽取记录',
    /** `public`: the public form (no pool, no classes) instead of the full, internal record. */
    input: taskInput.extend({ public: z.boolean().optional() }),
    output: z.object({ download: z.string(), fileName: z.string() }),
    access: EVERYONE,
    write: false,
  }),
  'draws.match': method({
    summary: '匹配执法人员',
    input: taskInput.extend({ reason: z.string().trim().max(500).optional() }),
    output: z.object({ attempt: z.number().int(), teams: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'match',
  }),
  'draws.changeMember': method({
    summary: '调整检查组成员',
    input: taskInput.extend({
      subjectId: z.number().int().positive(),
      removeInspectorId: z.number().int().positive(),
      addInspectorId: z.number().int().positive({ error: '请选择替换的执法人员。' }),
      reason: z.string().trim().min(2, '调整检查组成员须写明原因。').max(500),
    }),
    output: z.object({ ok: z.literal(true) }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'match',
  }),
};
