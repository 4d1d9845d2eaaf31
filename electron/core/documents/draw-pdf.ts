import { isDefaultTargetFlags, targetedStratumLabel } from '../subjects/target-flags.shared';
import type { Content } from 'pdfmake/interfaces';
import type { ReadContext } from '../context';
import {
  attemptsOf,
  currentMatch,
  drawRecordOf,
  matchRecordOf,
  shownDraw,
  taskResult,
  type DrawRecord,
} from '../draws';
import { realisedRatio, ROUNDING_NOTE_LABELS } from '../draws/rounding.shared';
import { DRAW_STATUS_LABELS } from '../draws/status.shared';
import { officeTime } from '../office-time';
import { AppError } from '../errors';
import { issuingOffice, pdfDownload, type PdfDownload, heading1, paragraph, ruledTable, SIZE, title } from '../pdf';
import { getTask, taskViewOf } from '../tasks';
import type { TaskView } from '../tasks/schemas';

const CLASS_LABEL: Record<string, string> = { A: 'A 类', B: 'B 类', C: 'C 类', D: 'D 类', P: '近三年受处罚' };

/** A two-column table of labelled values; hashes and seeds are set smaller so a 64-digit value fits a line. */
function facts(rows: [string, string | null][]): Content {
  return ruledTable(
    ['项目', '内容'],
    [96, '*'],
    rows.map(([label, value]): Content[] => [
      label,
      value === null ? '—' : /^[0-9a-f]{32,}$/.test(value) ? { text: value, fontSize: SIZE.小五 } : value,
    ]),
  );
}

/**
 * 作废后重建: the task this draw's task replaces, as its record states it (covered by the seed), and — on a cancelled
 * task's own record — when, why and on whose approval it was cancelled and which task replaced it.
 */
function replacementFacts(record: DrawRecord, view: TaskView): [string, string][] {
  const rows: [string, string][] = [];
  const replaces = record.parameters.replaces;
  if (replaces)
    rows.push([
      '替代任务',
      `本任务替代已作废的任务“${replaces.taskName}”（编号 ${replaces.taskId}）：该任务于 ${replaces.cancelledOn} 经 ${replaces.approver} 批准作废，原因：${replaces.reason}`,
    ]);
  if (view.cancelled)
    rows.push([
      '任务作废',
      `本任务已于 ${view.cancelled.on} 经 ${view.cancelled.approver} 批准作废，原因：${view.cancelled.reason}${
        view.replacedBy ? `；由任务“${view.replacedBy.taskName}”（编号 ${view.replacedBy.taskId}）替代` : ''
      }`,
    ]);
  return rows;
}

/**
 * 抽取记录: everything `draw verify` recomputes — pool size and hash, parameters, the commitment, the witnesses'
 * inputs, nonce, seed and result — with every attempt and the audit head, so the paper record and the exported
 * file can be compared line by line.
 */
export async function drawRecordPdf(ctx: ReadContext, taskId: number): Promise<PdfDownload> {
  const task = getTask(ctx.db, taskId);
  const view = taskViewOf(ctx.db, task);
  const draw = shownDraw(ctx.db, task.id);
  if (!draw) throw new AppError('CONFLICT', '该任务尚未抽取，没有抽取记录可打印。');
  const record = drawRecordOf(draw);
  const match = currentMatch(ctx.db, task.id);
  const matchRecord = match && match.drawId === draw.id ? matchRecordOf(match) : null;
  const result = taskResult(ctx.db, task);
  // Times are stored as UTC instants; the record prints them as the office's clocks showed them.
  const clock = officeTime(ctx);
  // Stratum P is named by the flags that formed it (poolFormation.targetFlags; none recorded: the penalty flag).
  const flags = record.parameters.poolFormation?.targetFlags;
  const stratumLabel: Record<string, string> = isDefaultTargetFlags(flags)
    ? CLASS_LABEL
    : { ...CLASS_LABEL, P: '重点对象' };
  const counts = Object.entries(record.parameters.counts)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${stratumLabel[c] ?? c} ${n} 户`)
    .join('，');
  const content: Content[] = [
    { text: '内部', bold: true, alignment: 'right' },
    title('“双随机”抽取记录'),
    paragraph(
      `本记录载明“${view.name}”检查对象抽取的全部输入和结果。任何人可用 draw export 导出的记录文件，在任一电脑上以 draw verify 重新计算并核对本记录。`,
    ),
    paragraph(
      '本记录按信用风险分类列出候选与抽中对象，信用风险分类属内部信息：本记录供本单位监督、纪检人员复核，不对外公开。对外公开请用 draw export --public 导出的公开版（承诺值、监督人输入、种子和不含分类的抽中名单）。',
    ),
    heading1('一、任务与参数'),
    facts([
      ['组织单位', issuingOffice(ctx)],
      ['任务名称', `${view.name}（编号 ${task.id}）`],
      // A 专项 sets its ratios by the situation (SX, GY), not by the items' caps: its reason is part of the record.
      ...(view.kind === 'special' ? ([['专项检查原因', view.reason]] as [string, string][]) : []),
      ['参与部门', view.departmentNames.join('、')],
      ['抽查事项', view.itemNames.join('、')],
      ['检查期间', `${view.periodStart} 至 ${view.periodEnd}`],
      ['抽取算法', record.algorithm],
      ['抽取数量', counts || '无'],
      ...(isDefaultTargetFlags(flags) || !record.parameters.poolFormation?.penalizedApart
        ? []
        : ([['重点对象', `${targetedStratumLabel(flags)}中的 A–C 类对象（带有任一标记即是）`]] as [string, string][])),
      ['分批', record.parameters.batchSize === null ? '不分批' : `每批 ${record.parameters.batchSize} 户`],
      ...replacementFacts(record, view),
    ]),
    ruledTable(
      ['层', '候选户数', '计划比例', '比例上限', '应抽户数', '实际比例', '取整说明'],
      [62, 44, 44, 44, 44, 44, '*'],
      draw.counting
        .filter((c) => c.stratum !== 'P' || c.ratio > 0)
        .map((c) => [
          stratumLabel[c.stratum] ?? c.stratum,
          { text: String(c.size), alignment: 'right' },
          { text: `${c.ratio}%`, alignment: 'right' },
          { text: c.cap === null || c.cap === undefined ? '—' : `${c.cap}%`, alignment: 'right' },
          { text: String(c.count), alignment: 'right' },
          { text: `${c.realised ?? realisedRatio(c.count, c.size)}%`, alignment: 'right' },
          c.note ? ROUNDING_NOTE_LABELS[c.note] : '向上取整（比例大于 0 的非空层至少 1 户）',
        ]),
    ),
    heading1('二、抽取过程'),
    facts([
      ['抽取次序', `第 ${draw.attempt} 次（${DRAW_STATUS_LABELS[draw.status]}）`],
      ['对象库快照', `${draw.poolSize} 户（排除 ${draw.excluded} 户）`],
      ['快照哈希', record.poolHash],
      ['随机数承诺', record.nonceHash],
      ...record.witnesses.map((w, i): [string, string | null] => [`见证输入 ${i + 1}`, `${w.name}：${w.value}`]),
      ['随机数', record.nonce],
      ['种子', record.seed],
      ['操作人', draw.operatorName],
      ['抽取时间', draw.drawnAt && clock.dateTime(draw.drawnAt)],
      ['锁定时间', draw.lockedAt ? clock.dateTime(draw.lockedAt) : '未锁定'],
      ...((matchRecord && match
        ? [
            [
              '人员匹配',
              `第 ${match.attempt} 次，算法 ${matchRecord.algorithm}，每组 ${matchRecord.parameters.teamSize} 人`,
            ],
            ['匹配种子', matchRecord.seed],
          ]
        : [['人员匹配', '尚未匹配']]) as [string, string][]),
    ]),
    heading1('三、历次抽取'),
    ruledTable(
      ['次序', '状态', '重抽原因', '批准人', '操作人', '抽取时间'],
      [30, 62, '*', 50, 50, 84],
      attemptsOf(ctx.db, task.id).map((a) => [
        { text: String(a.attempt), alignment: 'center' },
        DRAW_STATUS_LABELS[a.status],
        a.reason || '—',
        a.approver ?? '—',
        a.operatorName,
        a.drawnAt ? clock.dateTime(a.drawnAt) : '',
      ]),
    ),
    heading1('四、抽取结果'),
    ruledTable(
      ['序号', '批次', '检查对象', '统一社会信用代码', '类别', '检查人员'],
      [26, 26, '*', 104, 30, 84],
      result.subjects.map((s) => [
        { text: String(s.seq), alignment: 'center' },
        { text: s.batch === null ? '—' : String(s.batch), alignment: 'center' },
        s.name,
        { text: s.uscc ?? '', fontSize: SIZE.五号 },
        { text: s.riskClass ?? '', alignment: 'center' },
        s.team.map((m) => m.name).join('、') || '—',
      ]),
    ),
  ];
  return pdfDownload(ctx, { fileName: `${view.name}-抽取记录.pdf`, title: `${view.name} 抽取记录`, content });
}
