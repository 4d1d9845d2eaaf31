import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { AppError } from '../errors';
import { passwordWeakness } from './password-rules.shared';

/** scrypt N=2^17, r=8, p=1 (OWASP's recommendation): about 128 MiB and a second of one core per hash. */
const LOG_N = 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

/**
 * At most this many hashes run at once, on libuv's pool (4 threads): at most two, and always one core fewer than
 * the machine has, so the event loop keeps a core to answer everyone else (and file reads keep pool threads).
 * A few more wait their turn; beyond that the caller is told the system is busy.
 */
const MAX_IN_FLIGHT = Math.max(1, Math.min(2, availableParallelism() - 1));
const MAX_WAITING = 16;
export const BUSY_MESSAGE = '系统繁忙：同时登录或修改密码的请求过多，请稍等片刻后重试。';

const maxmemFor = (logN: number, r: number): number => 256 * r * 2 ** logN;

/** A small semaphore with a bounded queue: every scrypt of the application goes through it. */
class HashSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= MAX_IN_FLIGHT) {
      if (this.waiting.length >= MAX_WAITING) throw new AppError('BUSY', BUSY_MESSAGE);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next caller, or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

const slots = new HashSlots();

function scryptAsync(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return slots.run(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

/** Hashes off the event loop. Throws AppError BUSY when too many hashes are already waiting. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt, KEY_LENGTH, {
    N: 2 ** LOG_N,
    r: R,
    p: P,
    maxmem: maxmemFor(LOG_N, R),
  });
  return ['scrypt', LOG_N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Verifies against the parameters stored with the hash, so hashes made with older parameters keep working. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![logN, r, p].every((n) => Number.isInteger(n) && n > 0) || logN > 22) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (expected.length === 0) return false;
  const actual = await scryptAsync(password, salt, expected.length, {
    N: 2 ** logN,
    r,
    p,
    maxmem: maxmemFor(logN, r),
  });
  return timingSafeEqual(actual, expected);
}

/** A hash that can never match, so an unknown username costs the same time as a wrong password. */
export const DUMMY_HASH = [
  'scrypt',
  LOG_N,
  R,
  P,
  Buffer.alloc(SALT_BYTES).toString('base64'),
  Buffer.alloc(KEY_LENGTH).toString('base64'),
].join('$');

// The policy itself is in the shared tier, so the renderer's forms check the same rule.
export { passwordWeakness } from './password-rules.shared';

export function assertStrongPassword(password: string): void {
  const weakness = passwordWeakness(password);
  if (weakness) throw new AppError('INVALID_INPUT', weakness);
}

/** The hash of a new password, refused before any hashing when the password is too weak. */
export async function hashNewPassword(password: string): Promise<string> {
  assertStrongPassword(password);
  return hashPassword(password);
}
