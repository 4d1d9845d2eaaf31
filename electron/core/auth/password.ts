import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** scrypt N=2^17, r=8, p=1 (OWASP's recommendation): about 128 MiB and a few hundred ms per hash. */
const LOG_N = 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

const maxmemFor = (logN: number, r: number): number => 256 * r * 2 ** logN;

export function hashPassword(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, {
    N: 2 ** LOG_N,
    r: R,
    p: P,
    maxmem: maxmemFor(LOG_N, R),
  });
  return ['scrypt', LOG_N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Verifies against the parameters stored with the hash, so hashes made with older parameters keep working. */
export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![logN, r, p].every((n) => Number.isInteger(n) && n > 0) || logN > 22) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (expected.length === 0) return false;
  const actual = scryptSync(password.normalize('NFC'), salt, expected.length, {
    N: 2 ** logN,
    r,
    p,
    maxmem: maxmemFor(logN, r),
  });
  return timingSafeEqual(actual, expected);
}

/** A hash that can never match, so an unknown username costs the same time as a wrong password. */
export const DUMMY_HASH = hashPasswordForTiming();
function hashPasswordForTiming(): string {
  return [
    'scrypt',
    LOG_N,
    R,
    P,
    Buffer.alloc(SALT_BYTES).toString('base64'),
    Buffer.alloc(KEY_LENGTH).toString('base64'),
  ].join('$');
}

/** Returns a Chinese reason the password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string): string | null {
  if (password.length < 8) return '密码至少需要 8 位。';
  if (password.length > 128) return '密码不能超过 128 位。';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码需同时包含字母和数字。';
  return null;
}
