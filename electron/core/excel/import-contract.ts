import { z } from 'zod';
import type { ReadContext } from '../context';
import { AppError } from '../errors';
import type { RowError } from './import-rows';

/** The shapes every directory's import shares: counts, row errors, the preview and commit inputs and outputs. */
export const importCountsSchema = z.object({
  total: z.number().int(),
  fresh: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  invalid: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const rowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
  value: z.string(),
});

export const importPreviewOutput = z.object({
  token: z.string(),
  sheet: z.string(),
  headerRow: z.number().int(),
  counts: importCountsSchema,
  errors: z.array(rowErrorSchema),
  errorCount: z.number().int(),
});

export const importCommitInput = z.object({
  token: z.string().max(64),
  mode: z.enum(['valid', 'strict']).default('valid'),
});

/** The preview shows the first problems; the full list goes to the error workbook or the CLI's output. */
const PREVIEW_ERRORS = 500;

/** Holds a staged import for its commit and answers with what the preview screen shows. */
export function previewAnswer(
  ctx: ReadContext,
  kind: string,
  staged: { sheet: string; headerRow: number; errors: RowError[] },
  counts: ImportCounts,
) {
  const token = ctx.stash.put(kind, staged, ctx.now);
  return {
    token,
    sheet: staged.sheet,
    headerRow: staged.headerRow,
    counts,
    errors: staged.errors.slice(0, PREVIEW_ERRORS),
    errorCount: staged.errors.length,
  };
}

export function takeStaged<T>(ctx: ReadContext, kind: string, token: string): T {
  const staged = ctx.stash.take<T>(kind, token, ctx.now);
  if (!staged) throw new AppError('NOT_FOUND', '导入预览已过期（超过 30 分钟）或已经导入，请重新选择文件。');
  return staged;
}

/** Each directory stages its previews under '<kind>.import', where the error list finds them too. */
export const stageKind = (kind: 'subjects' | 'inspectors' | 'items'): string => `${kind}.import`;
