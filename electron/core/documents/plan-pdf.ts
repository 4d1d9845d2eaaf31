import type { Content } from 'pdfmake/interfaces';
import type { ReadableDb } from '../../../db/client';
import type { ReadContext } from '../context';
import { departmentById } from '../departments';
import { officeToday } from '../office-time';
import { publishDeadlineText, resultRulesOf } from '../results';
import { AppError } from '../errors';
import {
  issuingOffice,
  pdfDownload,
  type PdfDownload,
  chineseDate,
  heading1,
  heading2,
  paragraph,
  ruledTable,
  signature,
  title,
} from '../pdf';
import {
  describeRatios,
  describeScope,
  adjustmentsOf,
  getPlan,
  nameBook,
  planTaskViewOf,
  planViewOf,
  tasksOfPlan,
} from '../plans';
import type { PlanTaskView, PlanView } from '../plans/schemas';

type Adjustment = ReturnType<typeof adjustmentsOf>[number];

const KIND: Record<Adjustment['kind'], string> = { add: '新增', cancel: '取消', modify: '调整' };
const ORDINAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 一、二 … 十、十一 … 九十九: the numbering of sections in an official document. */
function chineseOrdinal(n: number): string {
  if (n <= 10) return ORDINAL[n - 1] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ORDINAL[tens - 1]}十${ones === 0 ? '' : ORDINAL[ones - 1]}`;
}

const leadOf = (t: PlanTaskView): string => t.departmentNames[t.departmentIds.indexOf(t.leadDepartmentId)] ?? '';

/** 年度抽查计划: the published (or draft) plan as the office issues it, its tasks in one ruled table. */
function planContent(
  plan: PlanView,
  tasks: PlanTaskView[],
  issuer: string,
  departmentName: (id: number) => string,
  publishDeadline: string,
): Content[] {
  const active = tasks.filter((t) => t.status === 'active');
  const joint = active.filter((t) => t.joint).length;
  const state =
    plan.status === 'published'
      ? `（第 ${plan.version} 版\u3000${plan.publishedOn ? chineseDate(plan.publishedOn) : ''}发布）`
      : '（草稿，未发布）';
  return [
    title(plan.name),
    { text: state, style: 'h2', alignment: 'center', margin: [0, 0, 0, 12] },
    paragraph(
      `为贯彻落实“双随机、一公开”监管要求，${issuer}制定${plan.year}年度抽查计划，共安排抽查任务 ${active.length} 项，其中部门联合抽查 ${joint} 项。现将计划公布如下，各相关部门按计划组织实施。`,
    ),
    heading1('一、抽查任务'),
    ruledTable(
      ['序号', '任务名称', '抽查事项', '发起部门（参与部门）', '抽查范围', '抽查比例与频次', '检查期间'],
      [24, '*', '*', 72, '*', 84, 62],
      active.map((t, i) => [
        { text: String(i + 1), alignment: 'center' },
        t.name,
        t.itemNames.join('、'),
        t.joint ? `${leadOf(t)}（${t.departmentNames.filter((n) => n !== leadOf(t)).join('、')}）` : leadOf(t),
        describeScope(t.scope, departmentName),
        `${describeRatios(t.ratios)}；${t.frequency} 次/年；${t.mode}${
          t.ratioOrderReason ? `；比例倒挂说明：${t.ratioOrderReason}` : ''
        }`,
        `${t.periodStart} 至 ${t.periodEnd}`,
      ]),
    ),
    heading1('二、工作要求'),
    paragraph(
      `抽查对象和执法检查人员通过本系统随机抽取，抽取过程可复核；检查结果${publishDeadline}通过国家企业信用信息公示系统公示。计划确需调整的，报备后以调整通知公布。`,
    ),
  ];
}

/** What an adjustment changed, in sentences; the object scope is a filter and is described, not dumped. */
function changeSentences(a: Adjustment): string {
  if (a.kind === 'cancel') return '该任务不再实施。';
  if (a.kind === 'add')
    return `${a.changes
      .filter((c) => c.label !== '对象范围' && c.label !== '状态' && c.after)
      .map((c) => `${c.label}：${c.after}`)
      .join('；')}。`;
  return `${a.changes
    .map((c) => (c.label === '对象范围' ? '对象范围有调整' : `${c.label}由“${c.before}”调整为“${c.after}”`))
    .join('；')}。`;
}

/** 计划调整通知: the adjustments published with one version of the plan (or those still to be published). */
function adjustmentContent(plan: PlanView, adjustments: Adjustment[], version: number | null): Content[] {
  const body = adjustments.flatMap((a, i): Content[] => [
    heading2(`（${chineseOrdinal(i + 1)}）${KIND[a.kind]}“${a.taskName}”`),
    paragraph(`${changeSentences(a)}调整原因：${a.reason}（${chineseDate(a.filedOn)}报备）`),
  ]);
  return [
    title(`关于调整《${plan.name}》的通知`),
    ...(version === null
      ? [{ text: '（待发布）', style: 'h2', alignment: 'center', margin: [0, 0, 0, 12] } as Content]
      : []),
    paragraph(
      `根据工作需要，现对《${plan.name}》作如下调整${version === null ? '' : `（调整后为第 ${version} 版）`}：`,
    ),
    ...body,
    paragraph('其他事项按原计划执行。'),
  ];
}

/**
 * Who signs a department's plan: the lead department signs with the office's name; another department with its
 * full name, the county taken from the office's name when the seeded name only says 县 (县发展和改革委员会).
 */
export function departmentIssuer(db: ReadableDb, departmentId: number, office: string): string {
  const row = departmentById(db, departmentId);
  if (!row || row.isLead) return office;
  const county = /^(.+?[县区市旗])/.exec(office)?.[1];
  return county && row.name.startsWith('县') ? `${county}${row.name.slice(1)}` : row.name;
}

/**
 * The plan as a PDF, or with `adjustments` the notice of the adjustments published with that version ('pending':
 * those not yet published).
 */
export async function planPdf(
  ctx: ReadContext,
  planId: number,
  adjustments: number | 'pending' | undefined,
): Promise<PdfDownload> {
  const row = getPlan(ctx.db, planId);
  const names = nameBook(ctx.db);
  const plan = planViewOf(ctx.db, row, names);
  const office = issuingOffice(ctx);
  const issuer = plan.departmentId === null ? office : departmentIssuer(ctx.db, plan.departmentId, office);
  if (adjustments === undefined) {
    return pdfDownload(ctx, {
      fileName: `${plan.name}.pdf`,
      title: plan.name,
      content: [
        ...planContent(
          plan,
          tasksOfPlan(ctx.db, row).map((t) => planTaskViewOf(t, names)),
          issuer,
          names.department,
          publishDeadlineText(resultRulesOf(ctx.db)),
        ),
        signature(issuer, plan.publishedOn ?? officeToday(ctx)),
      ],
    });
  }
  const version = adjustments === 'pending' ? null : adjustments;
  const chosen = adjustmentsOf(ctx.db, row.id)
    .filter((a) => a.version === version)
    .reverse();
  if (chosen.length === 0)
    throw new AppError(
      'NOT_FOUND',
      version === null ? '该计划没有待发布的调整。' : `该计划第 ${version} 版没有调整记录，请选择发布过调整的版本。`,
    );
  return pdfDownload(ctx, {
    fileName: `${plan.name}调整通知${version === null ? '（待发布）' : `（第${version}版）`}.pdf`,
    title: `关于调整《${plan.name}》的通知`,
    content: [
      ...adjustmentContent(plan, chosen, version),
      signature(issuer, chosen[0]?.publishedOn ?? officeToday(ctx)),
    ],
  });
}
