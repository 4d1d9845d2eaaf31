import { call } from '../../api/client';
import type { ImportApi } from '../../components/ImportWizard';

export const SUBJECT_IMPORT: ImportApi = {
  title: '导入检查对象',
  hint: '请使用导入模板填写（表头顺序不限，标题行、空行会自动跳过）。已存在的对象按统一社会信用代码更新，变更会记入对象的变更记录。',
  preview: (upload) => call('subjects.importPreview', { upload }),
  commit: (token, mode) => call('subjects.importCommit', { token, mode }),
  errorsFile: (token) => call('imports.errors', { kind: 'subjects', token }),
  template: () => call('imports.template', { kind: 'subjects' }),
};
