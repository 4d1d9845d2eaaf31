import type { Core } from '../../core/app';
import type { MethodOutput } from '../../core/contract';
import type { ParsedArgs } from '../args';
import { callOrExit, CliExit } from '../context';

/** `calendar add DATE N`: the date of the N-th working day after DATE (DATE itself not counted). */
export async function calendarAdd(core: Core, args: ParsedArgs): Promise<void> {
  const [date, days] = args.positionals.slice(2);
  if (!date || days === undefined || !/^\d+$/.test(days))
    throw new CliExit('用法：calendar add 日期 工作日天数，如 calendar add 2026-09-30 20', 64);
  const result = await callOrExit<MethodOutput<'calendar.add'>>(core, 'calendar.add', { date, days: Number(days) });
  console.log(result.date);
}

/** `calendar is-workday DATE`: prints 是 or 否; exits 0 for a working day, 1 otherwise. */
export async function calendarIsWorkday(core: Core, args: ParsedArgs): Promise<void> {
  const date = args.positionals[2];
  if (!date) throw new CliExit('用法：calendar is-workday 日期，如 calendar is-workday 2026-10-10', 64);
  const result = await callOrExit<MethodOutput<'calendar.isWorkday'>>(core, 'calendar.isWorkday', { date });
  console.log(result.workday ? '是' : '否');
  if (!result.workday) throw new CliExit('', 1);
}
