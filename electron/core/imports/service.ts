import { writeErrorReport, type RowError, writeTemplate, type TemplateSpec } from '../excel';
import { stageKind, takeStaged } from '../excel/import-contract';
import type { Handlers } from '../handler-types';
import { INSPECTOR_TEMPLATE } from '../inspectors';
import { ITEM_TEMPLATE } from '../items';
import { SUBJECT_TEMPLATE } from '../subjects';
import type { ImportKind, importsContract } from './contract';

const TEMPLATES: Record<ImportKind, TemplateSpec<string>> = {
  subjects: SUBJECT_TEMPLATE,
  inspectors: INSPECTOR_TEMPLATE,
  items: ITEM_TEMPLATE,
};

const NAMES: Record<ImportKind, string> = { subjects: '检查对象', inspectors: '执法人员', items: '抽查事项' };

export const importsHandlers: Handlers<typeof importsContract> = {
  'imports.template': async (ctx, { kind }) => {
    const file = ctx.files.newDownload('template.xlsx');
    await writeTemplate(file.path, TEMPLATES[kind]);
    return { download: file.id, fileName: `${NAMES[kind]}导入模板.xlsx` };
  },
  'imports.errors': async (ctx, { kind, token }) => {
    const staged = takeStaged<{ errors: RowError[] }>(ctx, stageKind(kind), token);
    const file = ctx.files.newDownload('errors.xlsx');
    await writeErrorReport(staged.errors, file.path);
    return { download: file.id, fileName: `${NAMES[kind]}导入错误清单.xlsx` };
  },
};
