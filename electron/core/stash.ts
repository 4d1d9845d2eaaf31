import { randomBytes } from 'node:crypto';

/**
 * Work held between two calls of one person: an import previewed and then committed. In memory, for one core,
 * forgotten after half an hour; a restart only means previewing again.
 */
export class Stash {
  private readonly items = new Map<string, { value: unknown; kind: string; expires: number }>();

  constructor(private readonly ttlMs = 30 * 60_000) {}

  put(kind: string, value: unknown, now: Date): string {
    this.sweep(now);
    const token = randomBytes(16).toString('hex');
    this.items.set(token, { value, kind, expires: now.getTime() + this.ttlMs });
    return token;
  }

  take<T>(kind: string, token: string, now: Date): T | null {
    this.sweep(now);
    const item = this.items.get(token);
    return item && item.kind === kind ? (item.value as T) : null;
  }

  drop(token: string): void {
    this.items.delete(token);
  }

  private sweep(now: Date): void {
    for (const [token, item] of this.items) if (item.expires < now.getTime()) this.items.delete(token);
  }
}
