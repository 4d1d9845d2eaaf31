import { BUSY_TIMEOUT_MS, type Db } from '../../db/client';

/** One short piece of deferred work, run in its own write transaction; true while there is more to do. */
export type IdleStep = () => boolean;

/**
 * Work a write leaves for later, done a short step at a time while the app is otherwise idle, between requests:
 * merging the subject search index's segments (left alone, they pile up until FTS5 merges them inside some later
 * write, and that import then pays for every write before it: 0.4 s of a 100,000-row import into the 1M directory)
 * and digesting the rows a bulk import declared for the audit trail (audit/row-backlog.ts). Steps run in the order
 * given; each pass does the first that finds work.
 *
 * A step never waits on another program's write (the command line's): it tries again later instead.
 */
export class IdleUpkeep {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly steps: readonly IdleStep[],
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
      if (this.steps.some((step) => client.transaction(step).immediate())) this.soon(0);
    } catch (error) {
      // Busy: someone else is writing, come back later. Anything else leaves the data as correct as it was (the index
      // less tidy, rows still waiting for their digest), so upkeep stops rather than disturb the app.
      if ((error as { code?: string }).code === 'SQLITE_BUSY') this.soon(this.delayMs * 4);
      else this.stopped = true;
    } finally {
      client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }
}
