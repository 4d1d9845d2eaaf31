import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice, type NoticeDay } from '../../electron/core/calendar/notice-parser';
import { calendarFileSchema } from '../../electron/core/calendar/store';
import cnHolidays from '../../resources/calendar/cn-holidays.json';

const shipped = calendarFileSchema.parse(cnHolidays);

const FIXTURES = path.resolve(__dirname, '../fixtures/holiday-notices');
const notice = (year: number) => fs.readFileSync(path.join(FIXTURES, `${year}.txt`), 'utf8');

type Shipped = { holidays: [string, string, string][]; workdays: [string, string][] };

/**
 * The shipped data follows two later notices (its `source` says so); the fixtures are the original notices, so
 * for these two holidays the answer key is what the original said:
 * 2019 劳动节 "5月1日放假" (later 5月1日至4日, with 4月28日、5月5日 worked), and
 * 2020 春节 "1月24日至30日…1月19日、2月1日上班" (later extended to 2月2日, 2月1日 no longer worked).
 */
const ORIGINAL: Record<string, { name: string; days: Shipped }> = {
  '2019': { name: '劳动节', days: { holidays: [['劳动节', '2019-05-01', '2019-05-01']], workdays: [] } },
  '2020': {
    name: '春节',
    days: {
      holidays: [['春节', '2020-01-24', '2020-01-30']],
      workdays: [
        ['春节', '2020-01-19'],
        ['春节', '2020-02-01'],
      ],
    },
  },
};

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

function expand(data: Shipped): NoticeDay[] {
  const days: NoticeDay[] = [];
  for (const [name, from, to] of data.holidays)
    for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1))
      days.push({ date: d.toISOString().slice(0, 10), kind: 'holiday', name });
  for (const [name, date] of data.workdays) days.push({ date, kind: 'workday', name });
  return days;
}

/** The answer key for one year's original notice, in the app's terms. */
function answerKey(year: string): NoticeDay[] {
  const data = shipped.years[year]!;
  const original = ORIGINAL[year];
  if (!original) return expand(data);
  const others = {
    holidays: data.holidays.filter(([name]) => name !== original.name),
    workdays: data.workdays.filter(([name]) => name !== original.name),
  };
  return [...expand(others), ...expand(original.days)];
}

/**
 * In the app's terms a weekend day off is a weekend day off whether or not the list names it (the shipped data
 * lists 2019's 与周末连休 weekends but not 2024's), so the comparison is every weekday off and every day worked.
 */
const counted = (days: NoticeDay[]) =>
  days
    .filter((d) => d.kind === 'workday' || !isWeekend(d.date))
    .map((d) => `${d.date} ${d.kind === 'holiday' ? '放假' : '上班'} ${d.name}`)
    .sort();

describe('the 国务院办公厅 notice parser', () => {
  for (const year of Object.keys(shipped.years)) {
    it(`reads the ${year} notice into exactly the shipped days off and days worked`, () => {
      const parsed = parseHolidayNotice(notice(Number(year)), Number(year));
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
      expect(counted(parsed.days)).toEqual(counted(answerKey(year)));
      // No weekend day off the notice did not give: each is inside a block or next to one (与周末连休).
      const key = new Set(answerKey(year).map((d) => d.date));
      for (const day of parsed.days.filter((d) => d.kind === 'holiday' && !key.has(d.date)))
        expect(isWeekend(day.date), day.date).toBe(true);
    });
  }

  it('puts 元旦 days of December in the year before, with or without the years written out', () => {
    const full = parseHolidayNotice(notice(2023), 2023);
    const bare = parseHolidayNotice('一、元旦：12月31日至1月2日放假调休，共3天。', 2023);
    for (const parsed of [full, bare]) {
      expect(parsed.ok && parsed.days.filter((d) => d.name === '元旦').map((d) => d.date)).toEqual([
        '2022-12-31',
        '2023-01-01',
        '2023-01-02',
      ]);
    }
  });

  it('reads full-width digits, half-width brackets and colons, and spaces from a copied page', () => {
    const text =
      '一、元旦: １月１日 (周五) 至３日放假调休，共３天。\n二、春节：2月11日(星期四)至17日放假调休。2月7日(星期日)、2月20日(星期六)上班。';
    const parsed = parseHolidayNotice(text, 2021);
    expect(parsed.ok && counted(parsed.days)).toEqual([
      '2021-01-01 放假 元旦',
      '2021-02-07 上班 春节',
      '2021-02-11 放假 春节',
      '2021-02-12 放假 春节',
      '2021-02-15 放假 春节',
      '2021-02-16 放假 春节',
      '2021-02-17 放假 春节',
      '2021-02-20 上班 春节',
    ]);
  });

  it('says so when the text holds no arrangement for the year, or is another year’s notice', () => {
    const none = parseHolidayNotice('关于做好节日期间值班工作的通知：请各部门安排好值班。', 2027);
    expect(!none.ok && none.reason).toContain('没有找到 2027 年');
    const other = parseHolidayNotice(notice(2026), 2027);
    expect(!other.ok && other.reason).toContain('2026 年的节假日安排通知');
  });

  it('skips impossible dates and weekday "上班" with a warning instead of guessing', () => {
    const parsed = parseHolidayNotice(
      '一、春节：2月30日放假。2月3日（周三）上班。二、清明节：4月5日放假，共1天。',
      2027,
    );
    expect(parsed.ok && parsed.days).toEqual([{ date: '2027-04-05', kind: 'holiday', name: '清明节' }]);
    expect(parsed.ok && parsed.warnings.join('\n')).toMatch(/2027-02-30 不是有效日期[\s\S]*2027-02-03 是周一至周五/);
  });
});
