import type { RowError } from './import-rows';
import { streamingSheet } from './write';

/** The rows to fix, one line per problem, with the value that was found. */
export async function writeErrorReport(errors: RowError[], path: string): Promise<void> {
  const out = streamingSheet(path, '错误清单', ['行号', '列', '问题及修改方法', '原值'], [8, 20, 70, 30]);
  for (const e of errors) out.add([e.row, e.column, e.message, e.value]);
  await out.finish();
}
