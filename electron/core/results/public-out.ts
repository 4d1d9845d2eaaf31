import { streamingSheet } from '../excel';
import type { published } from './queries';

/** The public result list of a task as an Excel file (the PDF comes with the documents). */
export async function writePublishedWorkbook(path: string, rows: ReturnType<typeof published>): Promise<void> {
  const sheet = streamingSheet(
    path,
    '结果公示清单',
    ['序号', '检查对象名称', '统一社会信用代码', '抽查事项', '检查部门', '检查结果', '结果形成日期', '公示日期'],
    [6, 36, 22, 28, 14, 40, 14, 14],
  );
  rows.forEach((r, i) =>
    sheet.add([i + 1, r.subjectName, r.uscc, r.itemName, r.departmentName, r.categories, r.resultDate, r.publishedOn]),
  );
  await sheet.finish();
}
