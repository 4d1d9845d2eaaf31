import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';

export const IMPORT_KINDS = ['subjects', 'inspectors', 'items'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const kind = z.enum(IMPORT_KINDS, { error: '导入类别应为 subjects、inspectors 或 items。' });
const download = z.object({ download: z.string(), fileName: z.string() });

/** What every directory's import offers besides preview and commit: its template and its error list. */
export const importsContract = {
  'imports.template': method({
    summary: '下载导入模板',
    input: z.object({ kind }),
    output: download,
    access: EVERYONE,
    write: false,
  }),
  'imports.errors': method({
    summary: '下载导入错误清单',
    input: z.object({ kind, token: z.string().max(64) }),
    output: download,
    access: ROLE_GROUPS.managers,
    write: false,
  }),
};
