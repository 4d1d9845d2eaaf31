import type { Core } from '../../core/app';
import type { ParsedArgs } from '../args';
import { callOrExit, CliExit } from '../context';
import { saveDownload } from '../files';
import { departmentIdOf } from '../lookup';

/** `report monthly --month 2026-10 [--dept CODE] --out FILE.xlsx`: the 月报表 of the county or one department. */
export async function reportMonthly(core: Core, args: ParsedArgs): Promise<void> {
  const { month, dept, out } = args.values;
  if (!month || !out) throw new CliExit('用法：report monthly --month 2026-10 [--dept 部门代码] --out 月报表.xlsx', 64);
  const departmentId = dept ? await departmentIdOf(core, dept) : undefined;
  const result = await callOrExit(core, 'reports.monthly', { month, departmentId });
  saveDownload(core, result.download, out);
  console.log(`已生成 ${month} 月报表（${result.rows} 行）：${out}`);
}

/** `report summary --period 2026H1|2026H2|2026 --out FILE.xlsx`: the half-year or year summary workbook. */
export async function reportSummary(core: Core, args: ParsedArgs): Promise<void> {
  const { period, out } = args.values;
  if (!period || !out) throw new CliExit('用法：report summary --period 2026H1|2026 --out 汇总.xlsx', 64);
  const result = await callOrExit(core, 'reports.summary', { period });
  saveDownload(core, result.download, out);
  console.log(`已生成 ${period} 汇总：${out}`);
}
