/** The office's calendar day of an instant, as YYYY-MM-DD in the machine's local time zone. */
export function localDate(instant: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The date n working days after isoDate, counting Monday to Friday. The statutory holiday and 调休 calendar comes
 * with the results area; until then a plan's publication window is counted on weekdays, which is never shorter.
 */
export function addWeekdays(isoDate: string, days: number): string {
  let date = isoDate;
  for (let left = days; left > 0;) {
    date = addDays(date, 1);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}
