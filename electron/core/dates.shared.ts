/** Calendar-day arithmetic on YYYY-MM-DD, with no time zone involved: pure, so the renderer may use it too. */

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
