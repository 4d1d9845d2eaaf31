import type { Content } from 'pdfmake/interfaces';
import { codesOfTask, officersOf, secretOf } from '../codes';
import type { ReadContext } from '../context';
import { officeToday } from '../office-time';
import { jointVisitsOf, taskResult } from '../draws';
import { AppError } from '../errors';
import { chineseDate, issuingOffice, pdfDownload, type PdfDownload } from '../pdf';
import { getTask, taskViewOf, type TaskRow } from '../tasks';
import { noticeStack, peopleOf } from './notice-pdf';

/** One task's side of a merged notice: its drawn subjects with teams and its codes for the wanted subjects. */
function sideOf(ctx: ReadContext, task: TaskRow, secret: string, wanted: Set<number>) {
  const drawn = taskResult(ctx.db, task);
  if (drawn.matchAttempt === null)
    throw new AppError('CONFLICT', `任务“${task.name}”尚未匹配执法检查人员，请先匹配人员再打印合并通知书。`);
  return {
    view: taskViewOf(ctx.db, task),
    subjects: new Map(drawn.subjects.map((s) => [s.subjectId, s])),
    codes: new Map(codesOfTask(ctx.db, task, secret, wanted).map((c) => [c.subjectId, c])),
  };
}

/**
 * 合并检查的抽查通知书: for each subject two locked tasks of overlapping periods both drew (可合并检查, jointVisitsOf),
 * one notice naming both tasks, every item of both, both teams and both 检查码 — one visit instead of two.
 */
export async function jointNoticesPdf(
  ctx: ReadContext,
  taskId: number,
  otherTaskId: number,
  subjectIds: number[] | undefined,
): Promise<PdfDownload> {
  const task = getTask(ctx.db, taskId);
  const other = getTask(ctx.db, otherTaskId);
  const visits = jointVisitsOf(ctx.db, task).filter((v) => v.other.taskId === other.id);
  if (visits.length === 0)
    throw new AppError(
      'CONFLICT',
      `任务“${task.name}”与“${other.name}”没有可合并检查的对象：两个任务都须已锁定抽取结果、检查期间有重叠并抽中同一对象。`,
    );
  const byId = new Map(visits.map((v) => [v.subjectId, v]));
  const stray = (subjectIds ?? []).filter((id) => !byId.has(id));
  if (stray.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `所选对象（编号 ${stray.slice(0, 5).join('、')}）不在两个任务的可合并检查名单中，请在任务的“可合并检查”中选择。`,
    );
  const chosen = subjectIds ? subjectIds.map((id) => byId.get(id)!) : visits;
  const secret = secretOf(ctx.db);
  if (secret === null) throw new AppError('CONFLICT', '抽取结果锁定后才有检查码，请先锁定抽取结果再打印通知书。');
  const wanted = new Set(chosen.map((v) => v.subjectId));
  const sides = [sideOf(ctx, task, secret, wanted), sideOf(ctx, other, secret, wanted)];
  const office = issuingOffice(ctx);
  const today = officeToday(ctx);
  const names = sides.map((s) => `“${s.view.name}”`).join('和');
  const departments = [...new Set(sides.flatMap((s) => s.view.departmentNames))].join('、');
  const parts = chosen.map((v, i): Content => {
    const items = [...new Set(sides.flatMap((s) => s.subjects.get(v.subjectId)?.itemNames ?? []))];
    const people = sides
      .map(
        (s) =>
          `“${s.view.name}”检查人员：${peopleOf(officersOf(ctx.db, s.view.id, v.subjectId), s.subjects.get(v.subjectId)?.team ?? [])}`,
      )
      .join('；');
    return noticeStack(
      {
        subjectName: v.subjectName,
        intro: `根据${names}工作安排，经随机抽取，你单位同时被确定为上述两项抽查的对象。为减少对你单位的打扰，两项检查合并一次进行：${office}将组织${departments}于${chineseDate(v.from)}至${chineseDate(v.to)}期间对你单位开展以下事项的检查：`,
        itemNames: items,
        people,
        codes: sides.map((s) => {
          const c = s.codes.get(v.subjectId);
          return { code: c?.code ?? '', payload: c?.payload ?? '' };
        }),
      },
      office,
      today,
      i === 0,
    );
  });
  return pdfDownload(ctx, {
    fileName: `${task.name}-${other.name}-合并抽查通知书${chosen.length === 1 ? `-${chosen[0]?.subjectName}` : ''}.pdf`,
    title: `${task.name}、${other.name} 合并抽查通知书`,
    content: parts,
    parts,
  });
}
