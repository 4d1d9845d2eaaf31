import { describe, expect, it } from 'vitest';
import { countsOf, spansOf, toggled, type Marks } from '../../renderer/src/features/calendar/year-marks';

const kinds = (marks: Marks, dates: string[]) => dates.map((d) => marks.get(d)?.kind ?? 'normal');

describe('marking a new year by hand (新增年份)', () => {
  it('cycles a weekday between 放假 and 正常, a weekend day through 调休上班, 放假 and 正常', () => {
    let marks: Marks = new Map();
    const days = ['2027-06-10', '2027-06-12']; // a Thursday, a Saturday
    const seen: string[][] = [];
    for (let i = 0; i < 3; i += 1) {
      marks = toggled(toggled(marks, days[0]!), days[1]!);
      seen.push(kinds(marks, days));
    }
    expect(seen).toEqual([
      ['holiday', 'workday'],
      ['normal', 'holiday'],
      ['holiday', 'normal'],
    ]);
  });

  it('counts the year’s days off, those on weekdays, and the weekend days worked', () => {
    const marks: Marks = new Map([
      ['2026-12-31', { kind: 'holiday', name: '元旦' }],
      ['2027-01-01', { kind: 'holiday', name: '元旦' }],
      ['2027-01-02', { kind: 'holiday', name: '元旦' }],
      ['2027-01-31', { kind: 'workday', name: '春节' }],
    ]);
    expect(countsOf(marks, 2027)).toEqual({ holidays: 2, weekdayHolidays: 1, workdays: 1 });
  });

  it('writes runs of days as the notice does', () => {
    expect(spansOf(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-20'])).toBe('2月5日至7日、2月20日');
    expect(spansOf(['2027-04-30', '2027-05-01'])).toBe('4月30日至5月1日');
  });
});
