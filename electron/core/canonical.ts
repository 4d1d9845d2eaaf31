import { createHash } from 'node:crypto';

/**
 * Canonical JSON: object keys sorted, no whitespace, undefined dropped. Two equal values always give the same
 * text, so hashes over it can be recomputed by anyone (audit chain, draw records).
 */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonical: non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    // A list of plain strings or numbers (a draw's 200,000-candidate pool) serialises the same way, only faster.
    if (value.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))))
      return JSON.stringify(value);
    return `[${value.map((v) => canonical(v === undefined ? null : v)).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
