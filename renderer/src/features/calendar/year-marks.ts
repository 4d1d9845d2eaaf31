import dayjs from 'dayjs';

/** A day marked on the new year's calendar; an unnamed day is named 放假 / 调休上班 by the core when saved. */
export interface Mark {
  kind: 'holiday' | 'workday';
  name: string;
}
export type Marks = ReadonlyMap<string, Mark>;

export const isWeekend = (date: string): boolean => [0, 6].includes(dayjs(date).day());

export function marksOf(days: readonly ({ date: string } & Mark)[]): Marks {
  return new Map(days.map((d) => [d.date, { kind: d.kind, name: d.name }]));
}

/**
 * One click on a day: a weekday goes 正常 → 放假 → 正常; a weekend day 正常 → 调休上班 → 放假 → 正常 (a weekend day
 * off changes no count, but marks a holiday block as the notice lists it). Never a weekday worked: it is one already.
 */
export function toggled(marks: Marks, date: string): Marks {
  const next = new Map(marks);
  const now = marks.get(date)?.kind;
  const after = isWeekend(date)
    ? now === undefined
      ? 'workday'
      : now === 'workday'
        ? 'holiday'
        : undefined
    : now === undefined
      ? 'holiday'
      : undefined;
  if (after) next.set(date, { kind: after, name: '' });
  else next.delete(date);
  return next;
}

/** What the office checks before saving: days off (and how many fall on weekdays), weekend days worked. */
export function countsOf(marks: Marks, year: number) {
  const inYear = [...marks].filter(([date]) => date.startsWith(`${year}-`));
  const holidays = inYear.filter(([, m]) => m.kind === 'holiday');
  return {
    holidays: holidays.length,
    weekdayHolidays: holidays.filter(([date]) => !isWeekend(date)).length,
    workdays: inYear.filter(([, m]) => m.kind === 'workday').length,
  };
}

/** The marks as the list beside the calendar reads them: each holiday's days off and days worked, in date order. */
export function listOf(marks: Marks): { name: string; holidays: string[]; workdays: string[] }[] {
  const groups = new Map<string, { name: string; holidays: string[]; workdays: string[] }>();
  for (const [date, mark] of [...marks].sort(([a], [b]) => a.localeCompare(b))) {
    const name = mark.name || '手工标注';
    const group = groups.get(name) ?? { name, holidays: [], workdays: [] };
    (mark.kind === 'holiday' ? group.holidays : group.workdays).push(date);
    groups.set(name, group);
  }
  return [...groups.values()];
}

export const toDays = (marks: Marks) =>
  [...marks].sort(([a], [b]) => a.localeCompare(b)).map(([date, m]) => ({ date, kind: m.kind, name: m.name }));

/** 2027-02-05…2027-02-13, 2027-02-20 → "2月5日至13日、2月20日": runs of consecutive days read as the notice writes them. */
export function spansOf(dates: readonly string[]): string {
  const runs: [string, string][] = [];
  for (const date of dates) {
    const last = runs.at(-1);
    if (last && dayjs(last[1]).add(1, 'day').format('YYYY-MM-DD') === date) last[1] = date;
    else runs.push([date, date]);
  }
  const day = (d: string, month: boolean) => dayjs(d).format(month ? 'M月D日' : 'D日');
  return runs
    .map(([from, to]) =>
      from === to ? day(from, true) : `${day(from, true)}至${day(to, dayjs(from).month() !== dayjs(to).month())}`,
    )
    .join('、');
}
