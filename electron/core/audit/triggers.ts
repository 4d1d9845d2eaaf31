import type { Db, ReadableDb } from '../../../db/client';
import type { Clock } from '../context';
import { appendAudit } from './chain';

/**
 * The audit log's append-only triggers: the one home of their SQL (migration 0001 created them with the same text).
 * An attacker with the database file can drop them; the core recreates them when it opens and records that it had to.
 */
export const APPEND_ONLY_TRIGGERS = {
  audit_log_no_update: `CREATE TRIGGER \`audit_log_no_update\` BEFORE UPDATE ON \`audit_log\`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;`,
  audit_log_no_delete: `CREATE TRIGGER \`audit_log_no_delete\` BEFORE DELETE ON \`audit_log\`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;`,
} as const;

export const REPAIR_METHOD = 'system.repairTriggers';

export function missingAppendOnlyTriggers(db: ReadableDb): string[] {
  const present = new Set(
    db.$client
      .prepare<[], string>("SELECT name FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
      .pluck()
      .all(),
  );
  return Object.keys(APPEND_ONLY_TRIGGERS).filter((name) => !present.has(name));
}

/** Recreates missing triggers in one transaction with an audit entry naming them; returns their names. */
export function repairAppendOnlyTriggers(db: Db, clock: Clock): string[] {
  return db.$client
    .transaction(() => {
      const missing = missingAppendOnlyTriggers(db);
      if (missing.length === 0) return missing;
      for (const name of missing) db.$client.exec(APPEND_ONLY_TRIGGERS[name as keyof typeof APPEND_ONLY_TRIGGERS]);
      appendAudit(db, {
        at: clock.now().toISOString(),
        actorId: null,
        actorName: '系统',
        door: 'system',
        method: REPAIR_METHOD,
        entityType: 'trigger',
        entityId: missing.join(','),
        inputDigest: '',
        outcome: 'ok',
      });
      return missing;
    })
    .immediate();
}
