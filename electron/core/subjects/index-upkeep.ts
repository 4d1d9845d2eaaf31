import { BUSY_TIMEOUT_MS, type Db } from '../../../db/client';
import { mergeSearchIndex } from './fts';

/**
 * Keeps the subject search index tidy while the app is otherwise idle. Every write to it (an import, a new or
 * renamed subject) leaves an FTS5 segment behind; left alone, they pile up until FTS5 merges them inside some
 * later write, and that import then pays for every write before it (measured: 0.4 s of a 100,000-row import into
 * the 1M directory). Here they are merged a short step at a time after writes, between requests.
 *
 * A step never waits on another program's write (the command line's): it tries again later instead.
 */
export class IndexUpkeep {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly delayMs = 250,
  ) {}

  /** After a write, or at start: stepping begins shortly unless it is already under way. */
  soon(delayMs = this.delayMs): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => this.step(), delayMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private step(): void {
    this.timer = null;
    const client = this.db.$client;
    if (this.stopped || !client.open) return;
    client.pragma('busy_timeout = 0');
    try {
      if (client.transaction(() => mergeSearchIndex(this.db)).immediate()) this.soon(0);
    } catch (error) {
      // Busy: someone else is writing, come back later. Anything else leaves the index as correct as it was, only
      // less tidy, so upkeep stops rather than disturb the app.
      if ((error as { code?: string }).code === 'SQLITE_BUSY') this.soon(this.delayMs * 4);
      else this.stopped = true;
    } finally {
      client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }
}
