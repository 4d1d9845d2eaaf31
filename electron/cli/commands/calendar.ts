import type { Core } from '../../core/app';
import type { ParsedArgs } from '../args';
import { callOrExit, CliExit } from '../context';
import { parseNoticeArgs, printNoticeDays } from './calendar-notice';

/** `calendar add DATE N`: the date of the N-th working day after DATE (DATE itself not counted). */
export async function calendarAdd(core: Core, args: ParsedArgs): Promise<void> {
  const [date, days] = args.positionals.slice(2);
  if (!date || days === undefined || !/^\d+$/.test(days))
    throw new CliExit('用法：calendar add 日期 工作日天数，如 calendar add 2026-09-30 20', 64);
  const result = await callOrExit(core, 'calendar.add', { date, days: Number(days) });
  console.log(result.date);
}

/** `calendar is-workday DATE`: prints 是 or 否; exits 0 for a working day, 1 otherwise. */
export async function calendarIsWorkday(core: Core, args: ParsedArgs): Promise<void> {
  const date = args.positionals[2];
  if (!date) throw new CliExit('用法：calendar is-workday 日期，如 calendar is-workday 2026-10-10', 64);
  const result = await callOrExit(core, 'calendar.isWorkday', { date });
  console.log(result.workday ? '是' : '否');
  if (!result.workday) throw new CliExit('', 1);
}

/**
 * `calendar parse-notice FILE --year YYYY --save [--replace]`: prints the days as without --save, then stores the
 * year as 新增年份 does (audited as the CLI). A year already in the calendar is refused (exit 1, as every refusal)
 * unless --replace. The summary goes to stderr so that stdout stays one line a day.
 */
export async function calendarSaveNotice(core: Core, args: ParsedArgs): Promise<void> {
  const parsed = parseNoticeArgs(args);
  printNoticeDays(parsed.days);
  const years = await callOrExit(core, 'calendar.years', {});
  const existing = years.find((y) => y.year === parsed.year);
  if (existing && !args.values.replace)
    throw new CliExit(
      `错误：工作日历中已有 ${parsed.year} 年（来源：${existing.label}），没有保存。如要以通知的安排替换，请加 --replace。`,
      1,
    );
  const saved = await callOrExit(core, 'calendar.saveYear', {
    year: parsed.year,
    origin: 'notice',
    title: parsed.title,
    days: parsed.days,
    replace: Boolean(args.values.replace),
  });
  console.error(
    `已保存 ${saved.year} 年：放假 ${saved.holidays} 天，调休上班 ${saved.workdays} 天；已按新日历重新计算 ${saved.moved} 条未公示结果的公示期限。`,
  );
}
