import { z } from 'zod';
import { method } from '../define';
import { importCommitInput, importCountsSchema, importPreviewOutput } from '../excel/import-contract';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { idInput } from '../users/schemas';
import { subjectFieldsSchema, subjectFilterSchema, subjectRowSchema } from './schemas';
import { TARGET_FLAGS } from './target-flags.shared';

const downloadSchema = z.object({ download: z.string(), fileName: z.string() });
const changeSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  source: z.string(),
  changes: z.array(z.object({ field: z.string(), label: z.string(), old: z.unknown(), new: z.unknown() })),
});

/** What a list of USCCs marks: found, set, cleared, and what it names that the directory lacks. */
const flagListCounts = z.object({
  listed: z.number().int(),
  matched: z.number().int(),
  set: z.number().int(),
  cleared: z.number().int(),
  invalid: z.number().int(),
  notFound: z.number().int(),
  notFoundSample: z.array(z.string()),
});

export const subjectsContract = {
  'subjects.list': method({
    summary: '查询检查对象',
    input: subjectFilterSchema.extend({
      page: z.number().int().min(1).max(100_000).default(1),
      pageSize: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(subjectRowSchema), hasMore: z.boolean() }),
    access: EVERYONE,
    write: false,
  }),
  'subjects.count': method({
    summary: '统计检查对象数量',
    input: subjectFilterSchema,
    output: z.object({ count: z.number().int(), capped: z.boolean() }),
    access: EVERYONE,
    write: false,
  }),
  'subjects.get': method({
    summary: '查看检查对象',
    input: idInput,
    output: z.object({ subject: subjectRowSchema, history: z.array(changeSchema) }),
    access: EVERYONE,
    write: false,
  }),
  'subjects.create': method({
    summary: '新增检查对象',
    input: subjectFieldsSchema,
    output: subjectRowSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'subject',
  }),
  'subjects.update': method({
    summary: '修改检查对象',
    input: subjectFieldsSchema.extend({ id: z.number().int().positive() }),
    output: subjectRowSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'subject',
  }),
  'subjects.importPreview': method({
    summary: '预览检查对象导入',
    input: z.object({ upload: z.string().max(64) }),
    output: importPreviewOutput,
    access: ROLE_GROUPS.managers,
    write: false,
  }),
  'subjects.importCommit': method({
    summary: '导入检查对象',
    input: importCommitInput,
    output: importCountsSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'subject',
  }),
  'subjects.flagListPreview': method({
    summary: '预览按名单标记检查对象',
    input: z.object({
      upload: z.string().max(64),
      flag: z.enum(TARGET_FLAGS, { error: '请选择要标记的项目。' }),
      mode: z.enum(['add', 'replace'], { error: '请选择标记方式：只标记名单中的对象，或以名单为准。' }),
    }),
    output: flagListCounts.extend({ token: z.string() }),
    access: ROLE_GROUPS.managers,
    write: false,
  }),
  'subjects.flagListCommit': method({
    summary: '按名单标记检查对象',
    input: z.object({ token: z.string().max(64) }),
    output: flagListCounts,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'subject',
  }),
  'subjects.export': method({
    summary: '导出检查对象',
    input: subjectFilterSchema,
    output: downloadSchema.extend({ count: z.number().int() }),
    access: EVERYONE,
    write: false,
  }),
  'subjects.checkUscc': method({
    summary: '校验统一社会信用代码',
    input: z.object({ codes: z.array(z.string().max(60)).min(1, '请至少给出一个代码。').max(10_000) }),
    output: z.array(
      z.object({ input: z.string(), code: z.string(), valid: z.boolean(), reason: z.string().nullable() }),
    ),
    access: EVERYONE,
    write: false,
  }),
};
