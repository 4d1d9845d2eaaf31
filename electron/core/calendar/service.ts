import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { calendarDays } from '../../../db/schema';
import { AppError } from '../errors';
import { insertStamps, updateStamp } from '../row-stamps';
import type { Handlers } from '../handler-types';
import { recomputePendingDue } from '../results';
import type { calendarContract } from './contract';
import { saveNewYear } from './new-year';
import { parseHolidayNotice } from './notice-parser';
import { calendarFileSchema, calendarYearsOf, loadCalendar, writeYear, YEAR_SOURCES } from './store';
import { addWorkdays, isWorkday } from './workdays';

const MAX_FILE = 1 << 20;

export const calendarHandlers: Handlers<typeof calendarContract> = {
  'calendar.years': (ctx) => calendarYearsOf(ctx.db),
  'calendar.isWorkday': (ctx, input) => ({ date: input.date, workday: isWorkday(loadCalendar(ctx.db), input.date) }),
  'calendar.add': (ctx, input) => ({ date: addWorkdays(loadCalendar(ctx.db), input.date, input.days) }),
  'calendar.days': (ctx, input) =>
    ctx.db
      .select({ date: calendarDays.date, kind: calendarDays.kind, name: calendarDays.name })
      .from(calendarDays)
      .where(sql`substr(${calendarDays.date}, 1, 4) = ${String(input.year)}`)
      .orderBy(calendarDays.date)
      .all(),
  // A changed day moves every pending deadline that runs across it: they are worked out again at once.
  'calendar.setDay': (ctx, input) => {
    const calendar = loadCalendar(ctx.db);
    const weekday = isWorkday({ years: calendar.years, days: new Map() }, input.date);
    if (input.kind === 'workday' && weekday)
      throw new AppError('INVALID_INPUT', `${input.date} 是周一至周五，本来就是工作日，无需设为调休上班。`);
    if (input.kind === 'normal') {
      ctx.db
        .delete(calendarDays)
        .where(sql`${calendarDays.date} = ${input.date}`)
        .run();
    } else {
      const name = input.name || (input.kind === 'holiday' ? '放假' : '调休上班');
      ctx.db
        .insert(calendarDays)
        .values({ date: input.date, kind: input.kind, name, ...insertStamps(ctx.now) })
        .onConflictDoUpdate({ target: calendarDays.date, set: { kind: input.kind, name, ...updateStamp(ctx.now) } })
        .run();
    }
    ctx.touches('calendar', input.date);
    const moved = recomputePendingDue(ctx.db, ctx.now);
    return { date: input.date, workday: isWorkday(loadCalendar(ctx.db), input.date), moved };
  },
  'calendar.importFile': (ctx, input) => {
    const path = ctx.files.uploadPath(input.upload);
    if (fs.statSync(path).size > MAX_FILE)
      throw new AppError('INVALID_INPUT', '日历文件超过 1 MB，不是有效的工作日历文件。');
    let parsed;
    try {
      parsed = calendarFileSchema.safeParse(JSON.parse(fs.readFileSync(path, 'utf8')));
    } catch {
      parsed = null;
    }
    if (!parsed?.success)
      throw new AppError(
        'INVALID_INPUT',
        '文件不是有效的工作日历（应为与系统自带 cn-holidays.json 相同格式的 JSON 文件：source 和按年份列出的 holidays、workdays）。没有导入任何内容。',
      );
    const years = Object.keys(parsed.data.years).map(Number).sort();
    const source = `${YEAR_SOURCES.file}：${parsed.data.source}`;
    for (const year of years) writeYear(ctx.db, year, source, parsed.data.years[String(year)]!, ctx.now);
    ctx.touches('calendar', years.join(','));
    return { years, moved: recomputePendingDue(ctx.db, ctx.now) };
  },
  // Only reads: the office checks the parse on a calendar before anything is saved.
  'calendar.parseNotice': (_ctx, input) => {
    const parsed = parseHolidayNotice(input.text, input.year);
    if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.reason);
    return { year: parsed.year, title: parsed.title, days: parsed.days, warnings: parsed.warnings };
  },
  'calendar.saveYear': (ctx, input) => {
    const saved = saveNewYear(ctx.db, input, ctx.now);
    ctx.touches('calendar', String(input.year));
    return saved;
  },
};
