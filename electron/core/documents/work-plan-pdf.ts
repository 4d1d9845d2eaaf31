import type { Content } from 'pdfmake/interfaces';
import type { ReadContext } from '../context';
import { officeToday } from '../office-time';
import { publishDeadlineText, resultRulesOf } from '../results';
import { taskResult } from '../draws';
import { listItems } from '../items';
import {
  pdfDownload,
  type PdfDownload,
  chineseDate,
  heading1,
  issuingOffice,
  paragraph,
  ruledTable,
  signature,
  SIZE,
  title,
} from '../pdf';
import { describeRatios } from '../plans';
import type { TaskBasicsView } from '../plans/schemas';
import { getTask, taskViewOf } from '../tasks';
import type { TaskView } from '../tasks/schemas';
import { departmentIssuer } from './plan-pdf';

const MODE_TEXT: Record<TaskBasicsView['mode'], string> = {
  现场: '现场检查',
  书面: '书面检查',
  网络: '网络监测',
  委托: '委托第三方检查',
};

/** The object scope in words: each condition the task's filter sets, in the order a reader expects them. */
export function scopeSentence(scope: TaskBasicsView['scope']): string {
  const parts = [
    scope.type && `类型为${scope.type}`,
    scope.regionCode && `行政区划代码 ${scope.regionCode} 范围内`,
    scope.industryCode && `行业代码 ${scope.industryCode.toUpperCase()} 范围内`,
    scope.riskClass && `信用风险分类为 ${scope.riskClass} 类`,
    scope.regStatus && `登记状态为${scope.regStatus}`,
    scope.tag && `带有“${scope.tag}”标签`,
    scope.licence && `持有“${scope.licence}”许可`,
    scope.abnormal !== undefined && (scope.abnormal ? '列入经营异常名录' : '未列入经营异常名录'),
    scope.seriousIllegal !== undefined && (scope.seriousIllegal ? '列入严重违法失信名单' : '未列入严重违法失信名单'),
    scope.penalized3y !== undefined && (scope.penalized3y ? '近三年受过行政处罚' : '近三年未受行政处罚'),
    scope.complaintVerified !== undefined && (scope.complaintVerified ? '有经核实的投诉举报' : '无经核实的投诉举报'),
  ].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length === 0 ? '本县检查对象名录库中符合各抽查事项适用范围的全部对象' : `${parts.join('、')}的对象`;
}

/** The teams as matched: one row per distinct team, with how many drawn subjects it inspects. */
function teamRows(ctx: ReadContext, view: TaskView): Content {
  if (view.drawStatus !== 'locked' || !view.matched)
    return paragraph(
      `检查对象抽取结果锁定后，由系统从执法检查人员名录库中随机匹配执法检查人员，每个检查组 ${view.teamSize} 名执法人员${
        view.expertsPerTeam > 0 ? `、${view.expertsPerTeam} 名专家` : ''
      }${view.expertise ? `，优先匹配具有“${view.expertise}”专长的人员` : ''}。检查组名单在匹配后另行通知。`,
    );
  const teams = new Map<string, { members: string; count: number }>();
  for (const s of taskResult(ctx.db, getTask(ctx.db, view.id)).subjects) {
    const members = s.team.map((m) => `${m.name}（${m.departmentName}${m.role === 'expert' ? '，专家' : ''}）`);
    const key = members.join('、') || '（未匹配）';
    const team = teams.get(key) ?? { members: key, count: 0 };
    team.count += 1;
    teams.set(key, team);
  }
  return ruledTable(
    ['检查组', '组成人员', '检查对象'],
    [48, '*', 60],
    [...teams.values()].map((t, i) => [
      { text: `第 ${i + 1} 组`, alignment: 'center' },
      t.members,
      { text: `${t.count} 户`, alignment: 'center' },
    ]),
  );
}

/**
 * 抽查工作方案 (GY: each inspection has its work plan): what the task checks and on what legal basis, whom, how many,
 * when, how and by whom, and what the inspectors must observe — drawn from the task, so the plan and the record agree.
 */
export async function workPlanPdf(ctx: ReadContext, taskId: number): Promise<PdfDownload> {
  const task = getTask(ctx.db, taskId);
  const view = taskViewOf(ctx.db, task);
  const office = issuingOffice(ctx);
  const issuer = departmentIssuer(ctx.db, view.leadDepartmentId, office);
  // The items as in force when the inspection starts (their wording and legal basis then); an item first listed
  // later in the period is taken as it stands today.
  const asOf = (day: string) => new Map(listItems(ctx.db, { asOf: day, includeRetired: true }).map((i) => [i.id, i]));
  const atStart = asOf(view.periodStart);
  const now = view.itemIds.every((id) => atStart.has(id)) ? atStart : asOf(officeToday(ctx));
  const items = view.itemIds.flatMap((id) => {
    const item = atStart.get(id) ?? now.get(id);
    return item ? [item] : [];
  });
  const others = view.departmentNames.filter((_, i) => view.departmentIds[i] !== view.leadDepartmentId);
  const lead = view.departmentNames[view.departmentIds.indexOf(view.leadDepartmentId)] ?? '';
  const drawn = view.drawStatus === 'locked' ? `，已随机抽取检查对象 ${view.drawnCount} 户` : '';
  const content: Content[] = [
    title(`“${view.name}”抽查工作方案`),
    paragraph(
      `为贯彻落实“双随机、一公开”监管要求，规范事中事后监管，根据${view.year}年度抽查计划${
        view.kind === 'special' ? `和工作需要（${view.reason}）` : ''
      }，${issuer}制定本工作方案。`,
    ),
    heading1('一、抽查事项和依据'),
    ruledTable(
      ['序号', '抽查事项', '检查内容', '抽查依据', '检查方法'],
      [26, 90, '*', '*', 56],
      items.map((item, i) => [
        { text: String(i + 1), alignment: 'center' },
        item.name,
        item.content || '—',
        { text: item.basis, fontSize: SIZE.五号 },
        item.methods,
      ]),
    ),
    heading1('二、抽查范围和比例'),
    paragraph(`抽查范围：${scopeSentence(view.scope)}。`),
    paragraph(
      `抽查比例：${describeRatios(view.ratios)}${drawn}。${
        view.kind === 'special' ? '本任务为专项检查，抽查比例根据实际情况确定。' : ''
      }`,
    ),
    heading1('三、检查时间和方式'),
    paragraph(
      `检查期间：${chineseDate(view.periodStart)}至${chineseDate(view.periodEnd)}。检查方式：${MODE_TEXT[view.mode]}。${
        view.batchSize ? `检查对象分批实施，每批 ${view.batchSize} 户。` : ''
      }`,
    ),
    heading1('四、组织实施'),
    paragraph(
      others.length > 0
        ? `本任务为部门联合抽查，由${lead}牵头，${others.join('、')}参与，对同一检查对象的多个事项一次检查到位。`
        : `本任务由${lead}组织实施。`,
    ),
    teamRows(ctx, view),
    heading1('五、工作要求'),
    paragraph(
      '（一）检查人员与检查对象有利害关系的，应当主动回避；检查时出示执法证件，向检查对象送达抽查通知书，按抽查事项清单逐项检查并如实记录。',
    ),
    paragraph(
      `（二）检查结果按规定时限录入本系统，${publishDeadlineText(resultRulesOf(ctx.db))}通过国家企业信用信息公示系统向社会公示；发现违法违规行为的，依法处置或移送、抄告有关部门。`,
    ),
    paragraph(
      '（三）严格按照本方案确定的事项、范围和期间实施检查，不得随意扩大检查范围或增加检查频次。尽职照单免责，失职照单问责。',
    ),
  ];
  return pdfDownload(ctx, {
    fileName: `${view.name}-抽查工作方案.pdf`,
    title: `${view.name} 抽查工作方案`,
    content: [...content, signature(issuer, officeToday(ctx))],
  });
}
