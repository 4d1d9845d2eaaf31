import { z } from 'zod';
import { method } from '../define';
import { dayField } from '../validation';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { resultEntrySchema } from './entry';
import { categoryInput, categoryListView, categoryView, measureInput, measureView } from './lists';
import { resultRulesSchema } from './rules';
import { deadlineFlag, resultView, subjectItemFields } from './view';

const taskInput = z.object({ taskId: z.number({ error: '请选择抽查任务。' }).int().positive() });
const idsInput = z
  .array(z.number().int().positive())
  .min(1, '请至少选择一条检查结果。')
  .max(20_000, '一次最多处理 20000 条结果。');

const attachmentView = z.object({
  id: z.number().int(),
  name: z.string(),
  size: z.number().int(),
  actorName: z.string(),
  createdAt: z.string(),
});

export const progressView = z.object({
  expected: z.number().int(),
  entered: z.number().int(),
  published: z.number().int(),
  withheld: z.number().int(),
  openFollowUps: z.number().int(),
  entryDue: z.string().nullable(),
  entryOverdue: z.boolean(),
  /** Set when a deadline runs into a year the working-day calendar does not cover yet. */
  calendarWarning: z.string().nullable(),
  complete: z.boolean(),
});

export const resultsContract = {
  'results.lists': method({
    summary: '查询检查结果类别和处置措施',
    input: z.object({}),
    output: z.object({ categories: z.array(categoryListView), measures: z.array(measureView) }),
    access: EVERYONE,
    write: false,
  }),
  'results.saveCategory': method({
    summary: '保存检查结果类别',
    input: categoryInput,
    output: categoryView,
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'resultCategory',
  }),
  'results.saveMeasure': method({
    summary: '保存后续处置措施',
    input: measureInput,
    output: measureView,
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'followUpMeasure',
  }),
  'results.rules': method({
    summary: '查询结果公示期限',
    input: z.object({}),
    output: resultRulesSchema,
    access: EVERYONE,
    write: false,
  }),
  'results.updateRules': method({
    summary: '修改结果公示期限',
    input: resultRulesSchema,
    output: resultRulesSchema.extend({ moved: z.number().int() }),
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'setting',
  }),
  'results.sheet': method({
    summary: '查看任务的检查结果',
    input: taskInput,
    output: z.object({
      progress: progressView,
      review: z.boolean(),
      rows: z.array(
        z.object({
          seq: z.number().int(),
          ...subjectItemFields,
          team: z.string(),
          mayEnter: z.boolean(),
          /** Why the caller may not enter it (the entry's own refusal), or null. */
          refusal: z.string().nullable(),
          result: resultView.nullable(),
          publishable: z.boolean(),
          flag: deadlineFlag,
        }),
      ),
    }),
    access: EVERYONE,
    write: false,
  }),
  'results.enter': method({
    summary: '录入检查结果',
    input: resultEntrySchema,
    output: z.object({ outcome: z.enum(['fresh', 'changed', 'unchanged']), result: resultView }),
    access: ROLE_GROUPS.staff,
    write: true,
    entity: 'result',
  }),
  'results.enterMany': method({
    summary: '批量录入检查结果',
    input: z.object({ entries: z.array(resultEntrySchema).min(1).max(20_000, '一次最多录入 20000 条结果。') }),
    output: z.object({ fresh: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
    access: ROLE_GROUPS.staff,
    write: true,
    entity: 'result',
  }),
  'results.history': method({
    summary: '查看检查结果更正记录',
    input: z.object({ id: z.number().int().positive() }),
    output: z.object({
      result: resultView,
      versions: z.array(
        z.object({
          version: z.number().int(),
          categories: z.array(z.string()),
          resultDate: z.string(),
          method: z.string(),
          description: z.string(),
          problems: z.string(),
          enteredBy: z.string(),
          reason: z.string(),
          correctedBy: z.string(),
          correctedAt: z.string(),
        }),
      ),
    }),
    access: EVERYONE,
    write: false,
  }),
  'results.review': method({
    summary: '审核检查结果',
    input: z.object({
      ids: idsInput,
      decision: z.enum(['approve', 'return'], { error: '请选择通过或退回。' }),
      reason: z.string().trim().max(500, '退回原因不能超过 500 个字。').optional(),
    }),
    output: z.object({ count: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'result',
  }),
  'results.withhold': method({
    summary: '标记不予公示',
    input: z.object({
      id: z.number().int().positive(),
      reason: z
        .string({ error: '请写明不予公示的法定理由。' })
        .trim()
        .min(4, '请写明不予公示的法定理由（至少 4 个字，如所依据的法律条款）。')
        .max(500),
    }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'result',
  }),
  'results.publish': method({
    summary: '公示检查结果',
    input: z
      .object({
        ids: z.array(z.number().int().positive()).max(20_000).optional(),
        taskId: z.number().int().positive().optional(),
        /** The day it was published (on the 公示系统): today unless recorded afterwards. */
        publishedOn: dayField('公示日期').optional(),
      })
      .refine((v) => (v.ids?.length ?? 0) > 0 || v.taskId !== undefined, '请选择要公示的结果或任务。'),
    output: z.object({ published: z.number().int(), skipped: z.number().int(), publishedOn: z.string() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'result',
  }),
  'results.exportPublished': method({
    summary: '导出结果公示清单',
    input: taskInput,
    output: z.object({ download: z.string(), fileName: z.string(), count: z.number().int() }),
    access: EVERYONE,
    write: false,
  }),
  'results.ofSubject': method({
    summary: '查看对象的检查记录',
    input: z.object({ subjectId: z.number().int().positive() }),
    output: z.array(
      z.object({
        taskId: z.number().int(),
        taskName: z.string(),
        kind: z.enum(['planned', 'special']),
        leadDepartment: z.string(),
        periodStart: z.string(),
        periodEnd: z.string(),
        code: z.string().nullable(),
        team: z.string(),
        results: z.array(resultView.extend({ itemName: z.string(), departmentName: z.string() })),
      }),
    ),
    access: EVERYONE,
    write: false,
  }),
  'results.attachments': method({
    summary: '查看检查结果附件',
    input: z.object({ resultId: z.number().int().positive() }),
    output: z.array(attachmentView),
    access: EVERYONE,
    write: false,
  }),
  'results.attach': method({
    summary: '上传检查结果附件',
    input: z.object({
      resultId: z.number().int().positive(),
      upload: z.string().max(64),
      // A name is shown and used when the file is saved again: no folders, no control characters.
      name: z
        .string({ error: '请给出附件名称。' })
        .trim()
        .min(1, '请给出附件名称。')
        .max(100, '附件名称不能超过 100 个字。')
        .refine((name) => !/[\\/:*?"<>|]/.test(name) && [...name].every((c) => c >= ' '), {
          message: '附件名称不能含有 \\ / : * ? " < > | 等字符。',
        }),
    }),
    output: attachmentView,
    access: ROLE_GROUPS.staff,
    write: true,
    entity: 'result',
  }),
  'results.attachmentFile': method({
    summary: '下载检查结果附件',
    input: z.object({ id: z.number().int().positive() }),
    output: z.object({ download: z.string(), fileName: z.string() }),
    access: EVERYONE,
    write: false,
  }),
};
