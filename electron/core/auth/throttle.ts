import type { Caller } from '../context';

/** Who is trying to log in, as the throttle sees it: the name typed (existing or not) and where it comes from. */
export interface LoginAttempt {
  username: string;
  address: string;
  /** At the machine itself: never slowed by failures that came from elsewhere. */
  local: boolean;
}

export const loginAttemptOf = (caller: Caller, username: string): LoginAttempt => ({
  username: username.toLowerCase(),
  address: caller.address ?? caller.door,
  local: caller.local,
});

interface Strikes {
  failures: number;
  lastAt: number;
  blockedUntil: number;
}

/** Failures allowed before the back-off starts, per kind of key. */
const FREE_FAILURES = { address: 10, accountAtAddress: 3, accountFromOutside: 10 } as const;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
/** A key with no failure for this long starts again from zero. */
const FORGET_AFTER_MS = 60 * 60_000;
/** An attacker inventing addresses or names must not grow the map without end. */
const MAX_KEYS = 10_000;

/**
 * Back-off after failed logins, in memory (an attacker cannot restart the app, and a restart forgives the admin).
 * Three keys: the address (password spraying), the account from that address, and the account from anywhere but
 * the machine itself. Keys use the name as typed, so an unknown name is throttled exactly like a real one and the
 * refusal reveals nothing about which accounts exist. Because the last key ignores local callers and the others
 * include the address, failures from outside can never lock the administrator out at the machine.
 */
export class LoginThrottle {
  private readonly strikes = new Map<string, Strikes>();

  /** The instant before which this attempt is refused without checking its password, or null. */
  blockedUntil(attempt: LoginAttempt, now: Date): Date | null {
    let until = 0;
    for (const key of keysOf(attempt)) {
      const entry = this.live(key.key, now.getTime());
      if (entry && entry.blockedUntil > until) until = entry.blockedUntil;
    }
    return until > now.getTime() ? new Date(until) : null;
  }

  /** Counts a failure; says how many more the attempt's strictest key allows before a wait, or the wait it starts. */
  failed(attempt: LoginAttempt, now: Date): FailureOutcome {
    const at = now.getTime();
    let triesLeft = Number.POSITIVE_INFINITY;
    let blockedUntil = 0;
    for (const { key, free } of keysOf(attempt)) {
      const entry = this.live(key, at) ?? { failures: 0, lastAt: at, blockedUntil: 0 };
      entry.failures += 1;
      entry.lastAt = at;
      const over = entry.failures - free;
      if (over > 0) entry.blockedUntil = at + Math.min(FIRST_DELAY_MS * 2 ** (over - 1), MAX_DELAY_MS);
      triesLeft = Math.min(triesLeft, Math.max(0, 1 - over));
      blockedUntil = Math.max(blockedUntil, entry.blockedUntil);
      this.strikes.delete(key);
      this.strikes.set(key, entry);
    }
    this.prune(at);
    return blockedUntil > at ? { triesLeft: 0, waitUntil: new Date(blockedUntil) } : { triesLeft, waitUntil: null };
  }

  /** The right password clears the account's keys; the address keeps its count (one valid account must not reset it). */
  succeeded(attempt: LoginAttempt): void {
    for (const { key, kind } of keysOf(attempt)) if (kind !== 'address') this.strikes.delete(key);
  }

  /** An administrator's 解锁 forgives the account everywhere. */
  forgetAccount(username: string): void {
    const name = username.toLowerCase();
    for (const key of [...this.strikes.keys()]) {
      if (key === `u\n${name}` || key.startsWith(`u\n${name}\n`)) this.strikes.delete(key);
    }
  }

  private live(key: string, at: number): Strikes | undefined {
    const entry = this.strikes.get(key);
    if (entry && entry.blockedUntil <= at && at - entry.lastAt > FORGET_AFTER_MS) {
      this.strikes.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(at: number): void {
    if (this.strikes.size <= MAX_KEYS) return;
    for (const key of [...this.strikes.keys()]) this.live(key, at);
    // Still too many: drop the longest-quiet keys (the map keeps them in order of their last failure).
    for (const key of this.strikes.keys()) {
      if (this.strikes.size <= MAX_KEYS) break;
      this.strikes.delete(key);
    }
  }
}

type KeyKind = keyof typeof FREE_FAILURES;

/** After a failure: how many more failures are allowed before a wait, or the wait this failure started. */
export type FailureOutcome = { triesLeft: number; waitUntil: null } | { triesLeft: 0; waitUntil: Date };

function keysOf(attempt: LoginAttempt): { key: string; kind: KeyKind; free: number }[] {
  const keys: { key: string; kind: KeyKind; free: number }[] = [
    { key: `a\n${attempt.address}`, kind: 'address', free: FREE_FAILURES.address },
    {
      key: `u\n${attempt.username}\n${attempt.address}`,
      kind: 'accountAtAddress',
      free: FREE_FAILURES.accountAtAddress,
    },
  ];
  if (!attempt.local) {
    keys.push({ key: `u\n${attempt.username}`, kind: 'accountFromOutside', free: FREE_FAILURES.accountFromOutside });
  }
  return keys;
}

const waitText = (until: Date, now: Date): string => {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return seconds > 90 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`;
};

/** The refusal for a throttled attempt: it names the wait, not the account's state. */
export function throttledMessage(until: Date, now: Date): string {
  return `登录失败次数过多，请 ${waitText(until, now)}后再试。如忘记密码，请联系系统管理员重置。`;
}

/**
 * The refusal of a wrong name or password: how many tries are left before a wait, or the wait just started. The
 * throttle counts names as typed, so an unknown name reads exactly like a wrong password.
 */
export function wrongPasswordMessage(outcome: FailureOutcome, now: Date): string {
  const wrong = '用户名或密码错误，请检查后重试。';
  if (outcome.waitUntil) return `${wrong}输错次数过多，请 ${waitText(outcome.waitUntil, now)}后再试。`;
  const next = `需等待 ${waitText(new Date(now.getTime() + FIRST_DELAY_MS), now)}才能再试`;
  return `${wrong}再输错 ${outcome.triesLeft} 次后${next}。`;
}
