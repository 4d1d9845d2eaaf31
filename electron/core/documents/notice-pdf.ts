import type { Content } from 'pdfmake/interfaces';
import { codesOfTask, officersOf, secretOf } from '../codes';
import type { ReadContext } from '../context';
import { officeToday } from '../office-time';
import { taskResult } from '../draws';
import { AppError } from '../errors';
import {
  issuingOffice,
  pdfDownload,
  type PdfDownload,
  BODY_SIZE,
  chineseDate,
  paragraph,
  signature,
  SIZE,
  title,
  qrImage,
} from '../pdf';
import { getTask, taskViewOf } from '../tasks';

/** The drawn subjects a document is for: all of the task's, or the chosen ones (each must be among them). */
export function chosenSubjects<T extends { subjectId: number }>(all: T[], subjectIds: number[] | undefined): T[] {
  if (!subjectIds) return all;
  const drawn = new Map(all.map((s) => [s.subjectId, s]));
  const missing = subjectIds.filter((id) => !drawn.has(id));
  if (missing.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `所选对象（编号 ${missing.slice(0, 5).join('、')}）不在本任务的抽取结果中，请刷新后重选。`,
    );
  return subjectIds.map((id) => drawn.get(id) as T);
}

/** What one notice says; a merged notice (two tasks, one visit) says it for both tasks. */
export interface NoticeText {
  subjectName: string;
  /** The sentence before the items: who inspects, under which task(s), when. */
  intro: string;
  itemNames: string[];
  /** Officers (with certificates) and experts, per team when two teams come together. */
  people: string;
  codes: { code: string; payload: string }[];
}

/**
 * Each 检查码 as a QR with its text, the signature beside them; a merged notice's two codes are set a little smaller
 * so both and the office's name fit the line.
 */
function qrBlock(codes: NoticeText['codes'], office: string, today: string): Content {
  const merged = codes.length > 1;
  const qrs = codes.map((c) => ({
    width: 'auto' as const,
    stack: [
      { image: qrImage(c.payload), width: merged ? 80 : 92 },
      {
        text: c.code,
        font: 'Hei',
        fontSize: merged ? SIZE.小五 : SIZE.五号,
        characterSpacing: merged ? 0 : 0.5,
        margin: [0, 2, 0, 0],
      },
    ],
  })) as Content[];
  return {
    columns: [...qrs, { width: '*', stack: [signature(office, today)] }],
    columnGap: merged ? 12 : 0,
    margin: [BODY_SIZE * 2, 4, 0, 0],
    unbreakable: true,
  };
}

/** One notice: the items, the people, and each 检查码 with its QR, signed by the office. */
export function noticeStack(text: NoticeText, office: string, today: string, first: boolean): Content {
  const codes = text.codes.map((c) => c.code).join('、');
  return {
    pageBreak: first ? undefined : 'before',
    stack: [
      title('“双随机、一公开”抽查通知书'),
      { text: `${text.subjectName}：`, margin: [0, 0, 0, 0] },
      paragraph(text.intro),
      ...text.itemNames.map((name, k) => paragraph(`${k + 1}．${name}`)),
      paragraph(`${text.people}。检查人员将出示执法证件，请你单位指定人员配合，如实提供有关资料和情况。`),
      paragraph(`本通知书的检查码为 ${codes}，你单位可扫描下方二维码或向${office}核验本通知书和检查人员的真实性。`),
      qrBlock(text.codes, office, today),
    ],
  };
}

export const officerText = (o: { name: string; certNo: string | null }): string =>
  o.certNo ? `${o.name}（执法证号 ${o.certNo}）` : o.name;

/** 检查人员 … ；随同专家 … : who comes for one task. */
export function peopleOf(
  officers: { name: string; certNo: string | null }[],
  team: { name: string; departmentName: string; role: string }[],
): string {
  const experts = team.filter((m) => m.role === 'expert').map((m) => `${m.name}（${m.departmentName}）`);
  return `${officers.map(officerText).join('、')}${experts.length > 0 ? `；随同专家：${experts.join('、')}` : ''}`;
}

/**
 * 抽查通知书, one per drawn subject: what will be inspected, when, by whom (names and certificate numbers), and
 * the 检查码 with its QR so the business can check the notice and the officers are genuine. (The merged notice of
 * two tasks' one visit is joint-notice-pdf.ts.)
 */
export async function noticesPdf(ctx: ReadContext, taskId: number, subjectIds?: number[]): Promise<PdfDownload> {
  const task = getTask(ctx.db, taskId);
  const view = taskViewOf(ctx.db, task);
  const drawn = taskResult(ctx.db, task);
  const secret = secretOf(ctx.db);
  if (drawn.status !== 'locked' || secret === null)
    throw new AppError('CONFLICT', '抽取结果锁定后才有检查码，请先锁定抽取结果再打印通知书。');
  if (drawn.matchAttempt === null)
    throw new AppError('CONFLICT', '尚未匹配执法检查人员，请先在任务中匹配人员再打印通知书。');
  const office = issuingOffice(ctx);
  const today = officeToday(ctx);
  const departments = view.departmentNames.join('、');
  const chosen = chosenSubjects(drawn.subjects, subjectIds);
  const wanted = new Set(chosen.map((s) => s.subjectId));
  const codes = new Map(codesOfTask(ctx.db, task, secret, wanted).map((c) => [c.subjectId, c]));
  const parts = chosen.map((s, i): Content => {
    const code = codes.get(s.subjectId);
    return noticeStack(
      {
        subjectName: s.name,
        intro: `根据“${view.name}”工作安排，经随机抽取，你单位被确定为本次抽查对象。${office}将组织${departments}于${chineseDate(view.periodStart)}至${chineseDate(view.periodEnd)}期间对你单位开展以下事项的检查：`,
        itemNames: s.itemNames,
        people: `检查人员：${peopleOf(officersOf(ctx.db, task.id, s.subjectId), s.team)}`,
        codes: [{ code: code?.code ?? '', payload: code?.payload ?? '' }],
      },
      office,
      today,
      i === 0,
    );
  });
  return pdfDownload(ctx, {
    fileName: `${view.name}-抽查通知书${chosen.length === 1 ? `-${chosen[0]?.name}` : ''}.pdf`,
    title: `${view.name} 抽查通知书`,
    content: parts,
    parts,
  });
}
