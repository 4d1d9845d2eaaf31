import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import shipped from '../../resources/calendar/cn-holidays.json';
import {
  expectOk,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
  refusalOf,
  type RefusalCall,
} from '../support/core';

let t: TestCore;
let admin: string;
beforeEach(async () => {
  t = openTestCore();
  admin = await setUpOffice(t.core);
});
afterEach(() => t.cleanup());

const add = async (date: string, days: number) =>
  (await expectOk(t.core, withToken(admin), 'calendar.add', { date, days })).date;
const workday = async (date: string) =>
  (await expectOk(t.core, withToken(admin), 'calendar.isWorkday', { date })).workday;
const refusal: RefusalCall = (method, input) => refusalOf(t.core, withToken(admin), method, input);

describe('the working-day calendar', () => {
  it('counts make-up weekends as working days and holiday weekdays as rest, across Spring Festival', async () => {
    // 2024: 除夕 (9 Feb, a Friday) was worked; 10–17 Feb off; Sunday 18 Feb worked.
    expect(await workday('2024-02-09')).toBe(true);
    expect(await add('2024-02-08', 1)).toBe('2024-02-09');
    expect(await add('2024-02-09', 1)).toBe('2024-02-18');
    // 2026: Saturday 14 Feb worked before the nine days off (15–23 Feb).
    expect(await add('2026-02-13', 1)).toBe('2026-02-14');
    expect(await add('2026-02-14', 1)).toBe('2026-02-24');
    // 2020: the holiday extended to 2 February, so Saturday 1 February was not worked after all.
    expect(await workday('2020-02-01')).toBe(false);
    expect(await workday('2020-01-19')).toBe(true);
  });

  it('spans National Day with its make-up days', async () => {
    expect(await add('2025-09-26', 1)).toBe('2025-09-28');
    expect(await add('2025-09-30', 1)).toBe('2025-10-09');
    expect(await add('2023-09-28', 1)).toBe('2023-10-07');
    expect(await workday('2026-10-10')).toBe(true);
    expect(await workday('2026-10-05')).toBe(false);
  });

  it('counts a deadline from a result formed on a holiday from the next working day', async () => {
    // 20 working days after 3 October 2026: 8, 9, 10 (make-up Saturday) October, and on to 3 November.
    expect(await add('2026-10-03', 20)).toBe('2026-11-03');
    expect(await add('2026-10-03', 0)).toBe('2026-10-03');
  });

  it('refuses to guess beyond the covered years, and refuses impossible dates', async () => {
    expect(await refusal('calendar.add', { date: '2026-12-25', days: 10 })).toContain('尚未包含 2027 年');
    expect(await refusal('calendar.isWorkday', { date: '2018-06-01' })).toContain('尚未包含 2018 年');
    expect(await refusal('calendar.isWorkday', { date: '2026-02-30' })).toContain('无效');
    const years = await expectOk(t.core, withToken(admin), 'calendar.years', {});
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('ships make-up workdays only on weekends, and seeds each year once', () => {
    for (const [year, data] of Object.entries(shipped.years)) {
      for (const [name, date] of data.workdays) {
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        expect([0, 6], `${year} ${name} ${date}`).toContain(weekday);
      }
    }
    const count = () => t.core.db.$client.prepare('SELECT count(*) AS n FROM calendar_days').get();
    const before = count();
    t.core.close();
    t = openTestCore(t.dir);
    expect(count()).toEqual(before);
  });
});
