import type { Core } from '../../core/app';
import type { ParsedArgs } from '../args';
import { callOrExit, CliExit } from '../context';

/**
 * `code verify CODE_OR_PAYLOAD`: checks a printed 检查码 or the text of its QR code. Prints 真实有效 with the
 * inspection's task, subject, period and team and exits 0; prints why not and exits 1. Usage errors exit 64.
 */
export async function codeVerify(core: Core, args: ParsedArgs): Promise<void> {
  const text = args.positionals.slice(2).join(' ').trim();
  if (!text) throw new CliExit('用法：code verify 检查码或二维码内容，如 code verify 7KQ2-M9XD-4TPA', 64);
  const verdict = await callOrExit(core, 'codes.verify', { text });
  if (!verdict.genuine || !verdict.details) {
    console.log(`不通过：${verdict.message}`);
    throw new CliExit('', 1);
  }
  const d = verdict.details;
  console.log(verdict.message);
  for (const note of d.notes) console.log(`注意：${note}`);
  console.log(`检查码：${d.code}`);
  console.log(`抽查任务：${d.taskName}（任务 ${d.taskId}，发起部门 ${d.leadDepartment}）`);
  console.log(`检查对象：${d.subjectName}${d.uscc ? `（${d.uscc}）` : ''}`);
  console.log(`检查期间：${d.periodStart} 至 ${d.periodEnd}`);
  console.log(`检查组：${d.team.map((m) => `${m.name}（执法证号 ${m.certNo || '无'}）`).join('、') || '尚未匹配'}`);
}
