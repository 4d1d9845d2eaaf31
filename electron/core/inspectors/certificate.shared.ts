/**
 * What "a valid enforcement certificate" means, in one place: the officer is on duty (在岗), a certificate number is
 * on record, and its validity dates cover the whole period. The match (draws/team-match.ts) asks it for the task's
 * inspection period, the inspector list asks it for today (a period of one day), and both therefore always agree.
 *
 * Pure: no Node, no database. The renderer may import it, and the list's SQL filter (inspectors/store.ts) is tested
 * against it case by case.
 */

import { addDays } from '../dates.shared';

/** The officer's fields the rule reads. */
export interface CertificateHolder {
  /**
   * Whether a certificate number is on record. The inspectors table has the number itself (see `hasCertNo`);
   * the match's record keeps only this flag, never the number.
   */
  hasCertNo: boolean;
  certValidFrom: string | null;
  certValidTo: string | null;
  active: boolean;
}

/** A span of calendar days, both ends included, as YYYY-MM-DD. */
export interface DatePeriod {
  start: string;
  end: string;
}

/**
 * The verdict for a period, checked in this order (the first that applies):
 * - inactive: the officer is not on duty;
 * - none: no certificate number, or no end date for it (无执法证);
 * - expired: it ends before the period starts;
 * - notYetValid: it starts after the period starts;
 * - expiresDuringPeriod: it ends before the period ends;
 * - valid: it covers the whole period.
 */
export type CertificateValidity = 'valid' | 'none' | 'expired' | 'notYetValid' | 'expiresDuringPeriod' | 'inactive';

/** Why an officer may not go out in a period, in words for the officer pickers and refusals. */
export const CERTIFICATE_VALIDITY_LABELS: Record<CertificateValidity, string> = {
  valid: '执法证有效',
  none: '无执法证',
  expired: '执法证已过期',
  notYetValid: '执法证尚未生效',
  expiresDuringPeriod: '执法证在检查期间到期',
  inactive: '不在岗',
};

/** Whether a stored certificate number counts as one: an empty one does not (the SQL filter says the same). */
export const hasCertNo = (certNo: string | null | undefined): boolean => (certNo ?? '') !== '';

export function certificateValidity(officer: CertificateHolder, period: DatePeriod): CertificateValidity {
  if (!officer.active) return 'inactive';
  const to = officer.certValidTo;
  if (!officer.hasCertNo || !to) return 'none';
  if (to < period.start) return 'expired';
  if (officer.certValidFrom !== null && officer.certValidFrom > period.start) return 'notYetValid';
  if (to < period.end) return 'expiresDuringPeriod';
  return 'valid';
}

/** A certificate this close to its end is flagged so the office renews it before a draw needs the officer. */
export const EXPIRY_WARNING_DAYS = 30;

/** The inspector list's status: the verdict for today, with "expiring" for a valid one ending within 30 days. */
export const CERT_STATUSES = ['valid', 'expiring', 'expired', 'notYetValid', 'none', 'inactive'] as const;
export type CertStatus = (typeof CERT_STATUSES)[number];

/** What each status is called on screen (the list, its filter, the officer pickers). */
export const CERT_STATUS_LABELS: Record<CertStatus, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
  notYetValid: '尚未生效',
  none: '无执法证',
  inactive: '不在岗',
};

/** The status on one day (the office's today): the period rule for that day, plus the list's expiring flag. */
export function certStatusOn(officer: CertificateHolder, today: string): CertStatus {
  const verdict = certificateValidity(officer, { start: today, end: today });
  // A period of one day cannot end inside the certificate's last days: those are the list's extra warning.
  if (verdict === 'valid' || verdict === 'expiresDuringPeriod')
    return (officer.certValidTo ?? '') <= addDays(today, EXPIRY_WARNING_DAYS) ? 'expiring' : 'valid';
  return verdict;
}
