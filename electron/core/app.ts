import { openDb, type Db } from '../../db/client';
import { appendAudit, installRowTracking, repairAppendOnlyTriggers, digestBacklogStep } from './audit';
import type { Caller, Clock } from './context';
import { systemClock } from './context';
import { seedCalendar } from './calendar';
import { seedDepartments } from './departments';
import { LoginThrottle } from './auth';
import { dispatch, type CoreRuntime, type Dispatched } from './dispatch';
import { FileArea } from './files';
import { Stash } from './stash';
import { contract, isMethodName } from './contract';
import { IdleUpkeep } from './idle-upkeep';
import { mergeSearchIndex } from './subjects';
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
  // Before any write: every write's rows are digested, and the audit log refuses changes again if someone dropped that.
  installRowTracking(db.$client);
  repairAppendOnlyTriggers(db, clock);
  seedOnce(db, clock);
  const runtime: CoreRuntime = {
    dataDir: options.dataDir,
    db,
    clock,
    stash: new Stash(),
    files: new FileArea(options.dataDir),
    logins: new LoginThrottle(),
  };
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
  // While the app is idle: search index segments left by writes are merged, rows an import declared are digested
  // (whatever an earlier run left, too).
  const digestRows = () => digestBacklogStep(db, clock.now());
  const upkeep = new IdleUpkeep(db, [() => mergeSearchIndex(db), digestRows]);
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
      // Rows an import declared are digested before the file is left alone (a CLI import exits right after it).
      if (!db.$client.open) return;
      while (db.$client.transaction(digestRows).immediate());
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
      // Stamped with the core's clock, like the audit entry below (no call is running yet).
      const now = clock.now();
      if (fresh) seedDepartments(db, now);
      const years = seedCalendar(db, now);
      if (!fresh && years.length === 0) return;
      appendAudit(db, {
        at: now.toISOString(),
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
