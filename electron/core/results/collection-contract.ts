import { z } from 'zod';
import { method } from '../define';
import { importCountsSchema, rowErrorSchema } from '../excel/import-contract';
import { ROLE_GROUPS } from '../roles';

const download = z.object({ download: z.string(), fileName: z.string() });

/** 结果采集: a workbook per task and department for staff without the app, and its import. */
export const collectionContract = {
  'collection.workbook': method({
    summary: '下载结果采集表',
    input: z.object({
      taskId: z.number({ error: '请选择抽查任务。' }).int().positive(),
      departmentId: z.number({ error: '请选择部门。' }).int().positive(),
    }),
    output: download.extend({ rows: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: false,
  }),
  'collection.preview': method({
    summary: '预览结果采集表导入',
    input: z.object({ upload: z.string().max(64) }),
    output: z.object({
      token: z.string(),
      sheet: z.string(),
      headerRow: z.number().int(),
      counts: importCountsSchema.extend({ blank: z.number().int() }),
      errors: z.array(rowErrorSchema),
      errorCount: z.number().int(),
    }),
    access: ROLE_GROUPS.staff,
    write: false,
  }),
  'collection.commit': method({
    summary: '导入结果采集表',
    input: z.object({
      token: z.string().max(64),
      // Nothing while any row is wrong, unless the user chooses to commit the valid rows.
      mode: z.enum(['valid', 'strict']).default('strict'),
      reason: z.string().trim().max(500).optional(),
    }),
    output: importCountsSchema.extend({ blank: z.number().int() }),
    access: ROLE_GROUPS.staff,
    write: true,
    entity: 'result',
  }),
  'collection.errors': method({
    summary: '下载采集表错误清单',
    input: z.object({ token: z.string().max(64) }),
    output: download,
    access: ROLE_GROUPS.staff,
    write: false,
  }),
};
