import type { Content } from 'pdfmake/interfaces';
import type { ReadContext } from '../context';
import { officeToday } from '../office-time';
import { taskResult } from '../draws';
import { AppError } from '../errors';
import {
  issuingOffice,
  pdfDownload,
  type PdfDownload,
  cjkLines,
  chineseDate,
  filledWidths,
  LIST_CONTENT_WIDTH,
  listDocument,
  paragraph,
  ruledTable,
  signature,
  SIZE,
  title,
} from '../pdf';
import { nameBook } from '../plans';
import { followUpsOfTask } from '../followups';
import { categoriesOf, measuresOf, published, resultListTitle, resultsOfSubjects } from '../results';
import { getTask, taskViewOf } from '../tasks';
import { chosenSubjects } from './notice-pdf';

/** 结果公示清单: a task's published results (never those withheld), as the public sees them. */
export async function resultListPdf(ctx: ReadContext, taskId: number): Promise<PdfDownload> {
  const task = getTask(ctx.db, taskId);
  const view = taskViewOf(ctx.db, task);
  const rows = published(ctx.db, task.id);
  if (rows.length === 0) throw new AppError('CONFLICT', '该任务还没有已公示的结果，公示后再打印公示清单。');
  const office = issuingOffice(ctx);
  const docTitle = resultListTitle(view.name);
  const widths = filledWidths(LIST_CONTENT_WIDTH, [28, '*', 126, 116, 56, 110, 58, 58]);
  const content: Content[] = [
    { text: docTitle, style: 'title' },
    { text: `${office}\u3000公示结果 ${rows.length} 条\u3000${chineseDate(officeToday(ctx))}`, style: 'subtitle' },
    ruledTable(
      ['序号', '检查对象名称', '统一社会信用代码', '抽查事项', '检查部门', '检查结果', '结果日期', '公示日期'],
      widths,
      rows.map((r, i) => [
        { text: String(i + 1), alignment: 'center' },
        cjkLines(r.subjectName, widths[1] as number, SIZE.五号),
        r.uscc,
        cjkLines(r.itemName, widths[3] as number, SIZE.五号),
        cjkLines(r.departmentName, widths[4] as number, SIZE.五号),
        cjkLines(r.categories, widths[5] as number, SIZE.五号),
        r.resultDate,
        r.publishedOn,
      ]),
    ),
  ];
  return pdfDownload(ctx, {
    fileName: `${docTitle}.pdf`,
    title: docTitle,
    content,
    frame: (fonts, all) => listDocument(fonts, { title: docTitle, office }, all),
  });
}

/** Every result of the task's subjects with its follow-ups, by subject, in one read each. */
function resultsBySubject(ctx: ReadContext, taskId: number, subjectIds: number[]) {
  const names = nameBook(ctx.db);
  const category = new Map(categoriesOf(ctx.db).map((c) => [c.code, c.name]));
  const measure = new Map(measuresOf(ctx.db).map((m) => [m.code, m.name]));
  const rows = resultsOfSubjects(ctx.db, taskId, subjectIds);
  const followed = new Map<number, string[]>();
  for (const f of followUpsOfTask(ctx.db, taskId))
    followed.set(f.resultId, [
      ...(followed.get(f.resultId) ?? []),
      `${measure.get(f.measure) ?? f.measure}（${f.dueOn} 前）`,
    ]);
  const bySubject = new Map<
    number,
    { item: string; department: string; result: string; problems: string; date: string; followUps: string[] }[]
  >();
  for (const r of rows)
    bySubject.set(r.subjectId, [
      ...(bySubject.get(r.subjectId) ?? []),
      {
        item: names.item(r.itemId),
        department: names.department(r.departmentId),
        result: r.categories.map((c) => category.get(c) ?? c).join('；'),
        problems: r.problems,
        date: r.resultDate,
        followUps: followed.get(r.id) ?? [],
      },
    ]);
  return bySubject;
}

/** 检查结果告知书, one per inspected subject: each item's result, the problems found and what follows. */
export async function resultLettersPdf(ctx: ReadContext, taskId: number, subjectIds?: number[]): Promise<PdfDownload> {
  const task = getTask(ctx.db, taskId);
  const view = taskViewOf(ctx.db, task);
  const chosen = chosenSubjects(taskResult(ctx.db, task).subjects, subjectIds);
  const found = resultsBySubject(
    ctx,
    task.id,
    chosen.map((s) => s.subjectId),
  );
  const inspected = chosen.filter((s) => found.has(s.subjectId));
  if (inspected.length === 0) throw new AppError('CONFLICT', '所选对象还没有录入检查结果，录入后再打印告知书。');
  const office = issuingOffice(ctx);
  const today = officeToday(ctx);
  const parts = inspected.map((s, i): Content => {
    const lines = found.get(s.subjectId) ?? [];
    const follow = lines.flatMap((l) => l.followUps.map((f) => `${l.item}：${f}`));
    return {
      pageBreak: i > 0 ? 'before' : undefined,
      stack: [
        title('检查结果告知书'),
        `${s.name}：`,
        paragraph(
          `${office}组织${view.departmentNames.join('、')}按照“${view.name}”工作安排，于${chineseDate(lines.map((l) => l.date).sort()[0] ?? view.periodStart)}对你单位进行了检查，现将检查结果告知如下：`,
        ),
        ruledTable(
          ['抽查事项', '检查部门', '检查结果', '发现的问题', '日期'],
          ['*', 60, 84, '*', 62],
          lines.map((l) => [l.item, l.department, l.result, l.problems || '—', { text: l.date, fontSize: SIZE.五号 }]),
        ),
        ...(follow.length > 0
          ? [
              paragraph(
                `对检查发现的问题，将采取以下后续处置措施：${follow.join('；')}。请你单位按要求整改并报告整改情况。`,
              ),
            ]
          : []),
        paragraph('检查结果将依法通过国家企业信用信息公示系统向社会公示。你单位对检查结果有异议的，可向检查部门提出。'),
        signature(office, today),
      ],
    };
  });
  return pdfDownload(ctx, {
    fileName: `${view.name}-检查结果告知书${inspected.length === 1 ? `-${inspected[0]?.name}` : ''}.pdf`,
    title: `${view.name} 检查结果告知书`,
    content: parts,
    parts,
  });
}
