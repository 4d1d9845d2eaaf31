import fs from 'node:fs';
import { parseHolidayNotice, type NoticeDay } from '../../core/calendar';
import type { ParsedArgs } from '../args';
import { CliExit } from '../exit';

const USAGE = '用法：calendar parse-notice 通知.txt --year 2027 [--save [--replace]]';

/**
 * The notice file as text: UTF-8 (a BOM or not), UTF-16 with a BOM (Notepad's "Unicode"), or GBK/GB18030 as older
 * Chinese Windows saves it — whatever is not valid UTF-8 is read as GB18030, GBK's superset.
 */
export function decodeNoticeFile(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Reads and parses the file named on the command line; usage mistakes exit 64, no arrangement for the year 1. */
export function parseNoticeArgs(args: ParsedArgs): { year: number; title: string | null; days: NoticeDay[] } {
  const [file, extra] = args.positionals.slice(2);
  if (!file || extra !== undefined) throw new CliExit(USAGE, 64);
  if (!args.values.year) throw new CliExit(`请用 --year 给出通知所安排的年份。\n${USAGE}`, 64);
  if (!/^\d{4}$/.test(args.values.year) || Number(args.values.year) < 2000 || Number(args.values.year) > 2100)
    throw new CliExit(`年份“${args.values.year}”无效，应为 2000 到 2100 之间的四位数字，如 --year 2027。`, 64);
  if (args.values.replace && !args.values.save) throw new CliExit(`--replace 只能与 --save 一起使用。\n${USAGE}`, 64);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '无法读取';
    throw new CliExit(`${reason}：${file}。请给出通知全文所在的文本文件。`, 64);
  }
  const year = Number(args.values.year);
  const parsed = parseHolidayNotice(decodeNoticeFile(bytes), year);
  if (!parsed.ok) throw new CliExit(`错误：${parsed.reason}`, 1);
  for (const warning of parsed.warnings) console.error(`提示：${warning}`);
  return parsed;
}

/** One line a day: "2027-02-05 放假 春节" / "2027-01-31 上班 春节". */
export function printNoticeDays(days: readonly NoticeDay[]): void {
  for (const day of days) console.log(`${day.date} ${day.kind === 'holiday' ? '放假' : '上班'} ${day.name}`.trim());
}

/** `calendar parse-notice FILE --year YYYY` without --save: prints the days, opens no database. */
export async function calendarParseNotice(args: ParsedArgs): Promise<void> {
  printNoticeDays(parseNoticeArgs(args).days);
  return Promise.resolve();
}
