/**
 * The office's zone: the default of setting office.timeZone, in which the core counts the office's day whatever the
 * zones of the server and the browser (office-day.spec.ts runs the browser elsewhere). Tests that build dates relative
 * to today compute it here the same way, so they hold at any hour of the CI machine's UTC day.
 */
export const OFFICE_TIME_ZONE = 'Asia/Shanghai';

/** Today as the office counts days: YYYY-MM-DD in its zone, whatever the zone of the machine running the tests. */
export function officeToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A task period ending today and starting `days` earlier, but never before this year's 1 January. */
export function periodEndingToday(days = 20): { start: string; end: string; year: number } {
  const end = officeToday();
  const back = new Date(`${end}T00:00:00Z`);
  back.setUTCDate(back.getUTCDate() - days);
  const newYear = `${end.slice(0, 4)}-01-01`;
  const start = back.toISOString().slice(0, 10);
  return { start: start < newYear ? newYear : start, end, year: Number(end.slice(0, 4)) };
}
