/**
 * Stored times are UTC ISO strings; people read them on the office's clock (setting 单位所在时区, told by the core
 * through OfficeDayProvider), not the browser's: a department's PC in another zone shows the same times as the
 * documents print.
 */
let officeZone: string | undefined;

export function setOfficeTimeZone(timeZone: string): void {
  officeZone = timeZone;
}

function parts(instant: Date, timeZone: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  for (const part of format.formatToParts(instant)) out[part.type] = part.value;
  return out;
}

/** The calendar day of an instant in a zone (the office's by default), YYYY-MM-DD. */
export function dateInZone(instant: Date, timeZone = officeZone): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

export const formatTime = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const p = parts(new Date(iso), officeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
};
