import { dateInZone as dayOfInstantInZone, dateTimeInZone } from '../../../electron/core/dates.shared';

/**
 * Stored times are UTC ISO strings; people read them on the office's clock (setting 单位所在时区, told by the core
 * through OfficeDayProvider), not the browser's: a department's PC in another zone shows the same times as the
 * documents print. Until the core has told it, the browser's own zone.
 */
let officeZone: string | undefined;

export function setOfficeTimeZone(timeZone: string): void {
  officeZone = timeZone;
}

const zone = (): string => officeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The calendar day of an instant in a zone (the office's by default), YYYY-MM-DD. */
export function dateInZone(instant: Date, timeZone = zone()): string {
  return dayOfInstantInZone(instant, timeZone);
}

export const formatTime = (iso: string | null | undefined): string =>
  iso ? dateTimeInZone(new Date(iso), zone()) : '—';
