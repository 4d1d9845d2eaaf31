/** The office's calendar day of an instant, as YYYY-MM-DD in the machine's local time zone. */
export function localDate(instant: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** An instant as the office reads it: YYYY-MM-DD HH:MM:SS in the machine's local time zone. */
export function localDateTime(instant: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${localDate(instant)} ${pad(instant.getHours())}:${pad(instant.getMinutes())}:${pad(instant.getSeconds())}`;
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether YYYY-MM-DD names a day that exists (not 2026-02-30). */
export function isRealDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
