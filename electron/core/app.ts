import { openDb, type Db } from '../../db/client';
import { appendAudit } from './audit/chain';
import type { Caller, Clock } from './context';
import { systemClock } from './context';
import { seedCalendar } from './calendar/store';
import { seedDepartments } from './departments/service';
import { dispatch, type Dispatched } from './dispatch';
import { FileArea } from './files';
import { Stash } from './stash';
import { contract, isMethodName } from './contract';
import { IndexUpkeep } from './subjects/index-upkeep';
import { departments } from '../../db/schema';

const SWEEP_EVERY_MS = 3600_000;

export interface CoreOptions {
  dataDir: string;
  migrationsDir?: string;
  clock?: Clock;
}

/** The application as the doors see it: one database, one clock, one way in. */
export interface Core {
  readonly dataDir: string;
  readonly db: Db;
  readonly clock: Clock;
  readonly files: FileArea;
  call(caller: Caller, method: string, input: unknown): Promise<Dispatched>;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  const db = openDb(options.dataDir, { migrationsDir: options.migrationsDir });
  const clock = options.clock ?? systemClock;
  seedOnce(db, clock);
  const runtime = { db, clock, stash: new Stash(), files: new FileArea(options.dataDir) };
  runtime.files.sweep(clock.now());
  // Unused uploads must not pile up while a server runs for weeks; the timer never keeps the process alive.
  const sweeper = setInterval(() => {
    try {
      runtime.files.sweep(clock.now());
    } catch {
      // A data folder briefly out of reach: the next hour's sweep tries again.
    }
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  // Search index segments left by writes are merged while the app is idle (whatever an earlier run left, too).
  const upkeep = new IndexUpkeep(db);
  upkeep.soon();
  return {
    dataDir: options.dataDir,
    db,
    clock,
    files: runtime.files,
    call: async (caller, method, input) => {
      const result = await dispatch(runtime, caller, method, input);
      if (result.ok && isMethodName(method) && contract[method].write) upkeep.soon();
      return result;
    },
    close: () => {
      clearInterval(sweeper);
      upkeep.stop();
      db.$client.close();
    },
  };
}

/**
 * A fresh database gets the county's typical departments; every database gets the shipped calendar years it does
 * not cover yet. Either is recorded in the audit trail like any write.
 */
function seedOnce(db: Db, clock: Clock): void {
  db.$client
    .transaction(() => {
      const fresh = !db.select({ id: departments.id }).from(departments).limit(1).get();
      if (fresh) seedDepartments(db);
      const years = seedCalendar(db);
      if (!fresh && years.length === 0) return;
      appendAudit(db, {
        at: clock.now().toISOString(),
        actorId: null,
        actorName: '系统',
        door: 'system',
        method: 'system.seed',
        entityType: 'department',
        entityId: null,
        inputDigest: '',
        outcome: 'ok',
      });
    })
    .immediate();
}
