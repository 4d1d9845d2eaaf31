import type { Core } from '../../core/app';
import type { MethodInput } from '../../core/contract';
import type { ParsedArgs } from '../args';
import { callOrExit, CliExit } from '../context';
import { saveDownload } from '../files';
import type { PdfMethod } from '../../core/documents/contract';
import { departmentIdOf, idOption } from '../lookup';

function requireOut(args: ParsedArgs, usage: string): string {
  const out = args.values.out;
  if (!out) throw new CliExit(usage, 64);
  return out;
}

async function writePdf<M extends PdfMethod>(core: Core, method: M, input: MethodInput<M>, out: string): Promise<void> {
  const result = await callOrExit(core, method, input);
  saveDownload(core, result.download, out);
  console.log(`已生成《${result.fileName.replace(/\.pdf$/, '')}》（${result.pages} 页）：${out}`);
}

const PLAN_USAGE =
  '用法：pdf plan [--plan 计划编号 | --year 年度 [--dept 部门代码]] [--adjustments 版本|pending] --out 计划.pdf';

/** The plan asked for: by id, by year (and department), or the county plan of the latest year in the data. */
async function choosePlan(core: Core, args: ParsedArgs): Promise<number> {
  const { plan, year, dept } = args.values;
  if (plan !== undefined) return idOption(plan, '--plan', PLAN_USAGE);
  const plans = await callOrExit(core, 'plans.list', {});
  const departmentId = dept ? await departmentIdOf(core, dept) : null;
  const wantedYear =
    year !== undefined ? idOption(year, '--year', PLAN_USAGE) : Math.max(0, ...plans.map((p) => p.year));
  const found = plans.find((p) => p.year === wantedYear && p.departmentId === departmentId);
  if (!found)
    throw new CliExit(
      plans.length === 0
        ? '数据中还没有年度抽查计划。'
        : `没有 ${wantedYear} 年${dept ? `部门 ${dept} 的` : '县级'}抽查计划。现有计划：${plans.map((p) => `${p.id}（${p.name}）`).join('、')}`,
      1,
    );
  return found.id;
}

/** `pdf plan …`: the annual plan, or with --adjustments the notice of one version's adjustments. */
export async function pdfPlan(core: Core, args: ParsedArgs): Promise<void> {
  const out = requireOut(args, PLAN_USAGE);
  const { adjustments } = args.values;
  const planId = await choosePlan(core, args);
  const which =
    adjustments === undefined
      ? undefined
      : adjustments === 'pending'
        ? ('pending' as const)
        : idOption(adjustments, '--adjustments', PLAN_USAGE);
  await writePdf(core, 'documents.plan', { planId, adjustments: which }, out);
}

/** `pdf notice|letter --task ID [--subject ID]`: one document per drawn subject, or only the one named. */
function perSubject(method: 'documents.notices' | 'documents.resultLetters', usage: string) {
  return async (core: Core, args: ParsedArgs): Promise<void> => {
    const out = requireOut(args, usage);
    const taskId = idOption(args.values.task, '--task', usage);
    const subject = args.values.subject;
    const subjectIds = subject === undefined ? undefined : [idOption(subject, '--subject', usage)];
    await writePdf(core, method, { taskId, subjectIds }, out);
  };
}

function perTask(method: 'documents.drawRecord' | 'documents.resultList' | 'documents.workPlan', usage: string) {
  return async (core: Core, args: ParsedArgs): Promise<void> => {
    const out = requireOut(args, usage);
    await writePdf(core, method, { taskId: idOption(args.values.task, '--task', usage) }, out);
  };
}

export const pdfNotice = perSubject(
  'documents.notices',
  '用法：pdf notice --task 任务编号 [--subject 对象编号] --out 通知书.pdf',
);
export const pdfLetter = perSubject(
  'documents.resultLetters',
  '用法：pdf letter --task 任务编号 [--subject 对象编号] --out 告知书.pdf',
);
export const pdfDraw = perTask('documents.drawRecord', '用法：pdf draw --task 任务编号 --out 抽取记录.pdf');
export const pdfResults = perTask('documents.resultList', '用法：pdf results --task 任务编号 --out 公示清单.pdf');
export const pdfWorkPlan = perTask('documents.workPlan', '用法：pdf workplan --task 任务编号 --out 工作方案.pdf');

const FOLLOW_UP_USAGE = '用法：pdf followup --followup 后续处置编号 [--to 收函单位] --out 抄告函.pdf';

/** `pdf followup --followup ID [--to 单位]`: the 抄告函 or 移送函 of a follow-up whose measure is 抄告 or 移送. */
export async function pdfFollowUpLetter(core: Core, args: ParsedArgs): Promise<void> {
  const out = requireOut(args, FOLLOW_UP_USAGE);
  const followUpId = idOption(args.values.followup, '--followup', FOLLOW_UP_USAGE);
  await writePdf(core, 'documents.followUpLetter', { followUpId, recipient: args.values.to }, out);
}
