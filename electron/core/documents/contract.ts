import { z } from 'zod';
import { method } from '../define';
import { FONT_ROLES } from '../pdf/font-roles.shared';
import { EVERYONE, ROLE_GROUPS } from '../roles';

const pdfOutput = z.object({ download: z.string(), fileName: z.string(), pages: z.number().int() });
const taskInput = z.object({ taskId: z.number({ error: '请选择抽查任务。' }).int().positive() });
const subjectsInput = taskInput.extend({
  /** Only these drawn subjects; all of the task's when absent. */
  subjectIds: z.array(z.number().int().positive()).max(100_000).optional(),
});

const fontView = z.object({
  role: z.enum(FONT_ROLES),
  roleLabel: z.string(),
  label: z.string(),
  file: z.string(),
  official: z.boolean(),
});

/** 打印文件: the PDF documents the office prints and hands out, laid out after GB/T 9704. */
export const documentsContract = {
  'documents.plan': method({
    summary: '生成年度抽查计划或调整通知（PDF）',
    input: z.object({
      planId: z.number({ error: '请选择计划。' }).int().positive(),
      /** A version's adjustment notice, or 'pending' for adjustments not yet published; the plan itself when absent. */
      adjustments: z.union([z.number().int().min(2), z.literal('pending')]).optional(),
    }),
    output: pdfOutput,
    access: EVERYONE,
    write: false,
  }),
  'documents.notices': method({
    summary: '生成抽查通知书（PDF）',
    input: subjectsInput.extend({
      /** 可合并检查: one notice per subject shared with this other task, naming both tasks and teams. */
      jointWith: z.number().int().positive().optional(),
    }),
    output: pdfOutput,
    access: EVERYONE,
    write: false,
  }),
  'documents.drawRecord': method({
    summary: '生成抽取记录（PDF）',
    input: taskInput,
    output: pdfOutput,
    access: EVERYONE,
    write: false,
  }),
  'documents.resultList': method({
    summary: '生成结果公示清单（PDF）',
    input: taskInput,
    output: pdfOutput,
    access: EVERYONE,
    write: false,
  }),
  'documents.resultLetters': method({
    summary: '生成检查结果告知书（PDF）',
    input: subjectsInput,
    output: pdfOutput,
    access: EVERYONE,
    write: false,
  }),
  'documents.workPlan': method({
    summary: '生成抽查工作方案（PDF）',
    input: taskInput,
    output: pdfOutput,
    access: EVERYONE,
    write: false,
  }),
  'documents.followUpLetter': method({
    summary: '生成抄告函或移送函（PDF）',
    input: z.object({
      followUpId: z.number({ error: '请选择后续处置。' }).int().positive(),
      /** 收函单位; the follow-up's responsible department when absent and not the sender itself. */
      recipient: z.string().trim().max(60, '收函单位不超过 60 个字。').optional(),
    }),
    output: pdfOutput,
    access: EVERYONE,
    write: false,
  }),
  'documents.fonts': method({
    summary: '查看公文字体',
    input: z.object({}),
    output: z.object({ folder: z.string(), fonts: z.array(fontView) }),
    access: EVERYONE,
    write: false,
  }),
  'documents.setFontFolder': method({
    summary: '指定公文字体文件夹',
    input: z.object({ folder: z.string().trim().max(500) }),
    output: z.object({ folder: z.string(), fonts: z.array(fontView) }),
    access: ROLE_GROUPS.systemAdmin,
    write: true,
  }),
};

/** The methods that make one PDF document; each answers with its download, file name and page count. */
export type PdfMethod = Exclude<keyof typeof documentsContract, 'documents.fonts' | 'documents.setFontFolder'>;
