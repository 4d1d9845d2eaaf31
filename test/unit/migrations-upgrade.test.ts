import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, defaultMigrationsDir, openDb } from '../../db/client';
import { cliCaller } from '../../electron/cli/context';
import { openCore } from '../../electron/core/app';
import { chainHash, entryText, GENESIS_HASH, type AuditRow } from '../../electron/core/audit/chain';
import {
  addUserAndLogin,
  expectOk,
  logIn,
  makeTempDir,
  ManualClock,
  openTestCore,
  setUpOffice,
  withToken,
} from '../support/core';
import { cleanEntry, lockedTask } from '../support/results';

/**
 * The migration level of the previous release: its databases stop after this journal entry. When a release ships,
 * move it to that release's last migration.
 */
const PREVIOUS_RELEASE = '0017_sessions_last_seen';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
};

/** The committed migrations folder cut after the previous release's last entry. */
function previousReleaseMigrations(): string {
  const dir = path.join(tempDir(), 'migrations');
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === PREVIOUS_RELEASE);
  expect(last, `${PREVIOUS_RELEASE} is in the journal`).toBeGreaterThanOrEqual(0);
  for (const later of journal.entries.splice(last + 1)) fs.rmSync(path.join(dir, `${later.tag}.sql`));
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

/** Tables whose rows are the office's data (the search index is rebuilt by the old schema's own triggers). */
const dataTables = (db: Database.Database): string[] =>
  (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'subjects_fts%' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);

const columnsOf = (db: Database.Database, table: string, schema = 'main'): string[] =>
  (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map((c) => c.name);

const quoted = (names: string[]): string => names.map((n) => `"${n}"`).join(', ');

/** Every row of every old table, for the old columns only, in rowid order. */
function contents(db: Database.Database, tables: Map<string, string[]>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [table, columns] of tables)
    out[table] = db.prepare(`SELECT ${quoted(columns)} FROM "${table}" ORDER BY rowid`).all();
  return out;
}

/**
 * Puts the rows of a current database into one at the previous release's level: every column the old schema has.
 * The audit entries are chained again as the old release hashed them, without row digests, which it did not have.
 */
function copyIntoOld(currentDir: string, oldDir: string): Map<string, string[]> {
  const old = new Database(path.join(oldDir, DB_FILE));
  old.pragma('foreign_keys = OFF');
  old.prepare('ATTACH DATABASE ? AS cur').run(path.join(currentDir, DB_FILE));
  const copied = new Map<string, string[]>();
  old.transaction(() => {
    for (const table of dataTables(old)) {
      const current = new Set(columnsOf(old, table, 'cur'));
      const columns = columnsOf(old, table).filter((c) => current.has(c));
      copied.set(table, columns);
      if (table === 'audit_log') continue;
      // Lists the migrations seeded (result categories, measures…) are replaced by the office's own.
      old.prepare(`DELETE FROM "${table}"`).run();
      old.prepare(`INSERT INTO "${table}" (${quoted(columns)}) SELECT ${quoted(columns)} FROM cur."${table}"`).run();
    }
    const entries = old.prepare('SELECT * FROM cur.audit_log ORDER BY id').all() as Record<string, unknown>[];
    const insert = old.prepare(
      `INSERT INTO audit_log (id, at, actor_id, actor_name, door, method, entity_type, entity_id, input_digest,
       outcome, prev_hash, hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let prevHash = GENESIS_HASH;
    for (const e of entries) {
      const row = {
        id: e.id,
        at: e.at,
        actorId: e.actor_id,
        actorName: e.actor_name,
        door: e.door,
        method: e.method,
        entityType: e.entity_type,
        entityId: e.entity_id,
        inputDigest: e.input_digest,
        outcome: e.outcome,
        prevHash,
        rowsDigest: null,
      } as Omit<AuditRow, 'hash' | 'createdAt' | 'updatedAt'>;
      const hash = chainHash(prevHash, entryText(row));
      const { actorId, actorName, door, method, entityType, entityId, inputDigest, outcome } = row;
      const fields = [row.id, row.at, actorId, actorName, door, method, entityType, entityId, inputDigest, outcome];
      insert.run(...fields, prevHash, hash, e.created_at, e.updated_at);
      prevHash = hash;
    }
  })();
  old.prepare('DETACH DATABASE cur').run();
  expect(old.pragma('foreign_key_check')).toEqual([]);
  old.close();
  return copied;
}

describe('upgrading a database of the previous release', () => {
  it('keeps every row of a working office and leaves it usable', { timeout: 120_000 }, async () => {
    // An office's year of work, entered through the contract as the screens enter it.
    const source = openTestCore(tempDir());
    let admin = await setUpOffice(source.core);
    await addUserAndLogin(source.core, admin, { username: 'sc-admin', role: 'deptAdmin', departmentId: 1 });
    const county = await lockedTask(source.core, admin);
    // 04:00 on 2 November in the office (Asia/Shanghai), still 1 November in UTC: the backfills take the office's day.
    source.clock.set(new Date('2026-11-01T20:00:00Z'));
    admin = await logIn(source.core);
    const subjectId = county.drawn[0]!.subjectId;
    const entered = await expectOk(
      source.core,
      withToken(admin),
      'results.enter',
      cleanEntry(county.taskId, subjectId, county.items.general, '2026-09-30'),
    );
    const published = await expectOk(source.core, withToken(admin), 'results.publish', {
      ids: [entered.result.id],
      publishedOn: '2026-11-02',
    });
    expect(published.published).toBe(1);
    // A withheld result and a follow-up, whose dates the previous release did not record (migration 0020 backfills them).
    const problem = await expectOk(source.core, withToken(admin), 'results.enter', {
      ...cleanEntry(county.taskId, county.drawn[2]!.subjectId, county.items.general, '2026-10-12'),
      categories: ['06'],
      problems: '未按规定建立进货台账',
    });
    await expectOk(source.core, withToken(admin), 'results.withhold', {
      id: problem.result.id,
      reason: '涉及国家秘密，依法不予公示',
    });
    const followUp = await expectOk(source.core, withToken(admin), 'followups.create', {
      resultId: problem.result.id,
      measure: '01',
      departmentId: 1,
      dueOn: '2026-11-30',
    });
    const drawnBefore = await expectOk(source.core, withToken(admin), 'draws.result', { taskId: county.taskId });
    source.core.close();

    // The same rows in a database the previous release made.
    const oldDir = tempDir();
    openDb(oldDir, { migrationsDir: previousReleaseMigrations() }).$client.close();
    const tables = copyIntoOld(source.dir, oldDir);
    expect([...tables.keys()]).toEqual(expect.arrayContaining(['draws', 'results', 'plans', 'users', 'subjects']));
    const oldDb = new Database(path.join(oldDir, DB_FILE), { readonly: true });
    const before = contents(oldDb, tables);
    oldDb.close();
    expect(before.results).toHaveLength(2);
    expect(before.draws).toHaveLength(1);

    // Opened by this release: the remaining migrations run, and nothing already there changes.
    const clock = new ManualClock(new Date('2026-11-03T02:00:00Z'));
    const core = openCore({ dataDir: oldDir, clock });
    try {
      const journal = JSON.parse(
        fs.readFileSync(path.join(defaultMigrationsDir(), 'meta', '_journal.json'), 'utf8'),
      ) as { entries: unknown[] };
      const applied = core.db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
      expect(applied.n).toBe(journal.entries.length);
      expect(contents(core.db.$client, tables)).toEqual(before);
      // 0020's backfills: the day of the audited withholding and the day the follow-up was registered, office time.
      const one = (text: string, id: number) => core.db.$client.prepare(text).pluck().get(id);
      expect(one('SELECT withheld_on FROM results WHERE id = ?', problem.result.id)).toBe('2026-11-02');
      expect(one('SELECT withheld_on FROM results WHERE id = ?', entered.result.id)).toBeNull();
      expect(one('SELECT decided_on FROM follow_ups WHERE id = ?', followUp.id)).toBe('2026-11-02');

      // The office carries on: the old passwords log in, and every list reads what was there.
      const token = await logIn(core);
      const caller = withToken(token);
      const plans = await expectOk(core, caller, 'plans.list', {});
      expect(plans.map((p) => p.id)).toContain(county.planId);
      const found = await expectOk(core, caller, 'subjects.list', { q: '零售店' });
      expect(found.rows.length).toBe(40);
      expect(await expectOk(core, caller, 'draws.result', { taskId: county.taskId })).toEqual(drawnBefore);
      const history = await expectOk(core, caller, 'results.ofSubject', { subjectId });
      expect(history.flatMap((task) => task.results.map((r) => r.publishedOn))).toEqual(['2026-11-02']);
      expect((await expectOk(core, caller, 'audit.verify', {})).ok).toBe(true);

      // A write after the upgrade chains onto the old entries; the whole log still verifies, deep as well (the CLI's).
      await expectOk(core, caller, 'results.enter', {
        ...cleanEntry(county.taskId, county.drawn[1]!.subjectId, county.items.general, '2026-10-09'),
      });
      const verified = await expectOk(core, cliCaller(), 'audit.verify', { deep: true });
      expect(verified).toMatchObject({ ok: true });
      expect(verified.count).toBeGreaterThan(before.audit_log!.length);
      const users = await expectOk(core, caller, 'users.list', {});
      expect(users.map((u) => u.username)).toContain('sc-admin');
    } finally {
      core.close();
    }
  });

  it(
    'keeps one live task of a planned task that the old release let be created twice',
    { timeout: 120_000 },
    async () => {
      const source = openTestCore(tempDir());
      const admin = await setUpOffice(source.core);
      const county = await lockedTask(source.core, admin);
      source.core.close();
      const oldDir = tempDir();
      openDb(oldDir, { migrationsDir: previousReleaseMigrations() }).$client.close();
      copyIntoOld(source.dir, oldDir);
      // The old release's second tasks.createFromPlan: a copy of the locked task, not yet drawn.
      const old = new Database(path.join(oldDir, DB_FILE));
      const columns = columnsOf(old, 'tasks').filter((c) => c !== 'id');
      const values = columns.map((c) => (c === 'status' ? `'open'` : `"${c}"`)).join(', ');
      old.prepare(`INSERT INTO tasks (${quoted(columns)}) SELECT ${values} FROM tasks WHERE id = ?`).run(county.taskId);
      old.close();

      const core = openCore({ dataDir: oldDir, clock: new ManualClock(new Date('2026-11-03T02:00:00Z')) });
      try {
        const caller = withToken(await logIn(core));
        const tasks = await expectOk(core, caller, 'tasks.list', {});
        expect(tasks).toHaveLength(2);
        const [duplicate, original] = tasks;
        // The locked task stays live; the later copy is cancelled with the upgrade's reason, nothing deleted.
        expect(original).toMatchObject({ id: county.taskId, cancelled: null, drawStatus: 'locked' });
        expect(duplicate!.cancelled).toMatchObject({ reason: '升级时发现的重复任务', approver: '系统升级' });
        const planTaskId = original!.planTaskId;
        const refused = await core.call(caller, 'tasks.createFromPlan', { planTaskId, teamSize: 2 });
        expect(refused.ok ? null : refused.error.message).toContain(`编号 ${county.taskId}`);
        // The database refuses a second live task by itself too (the partial unique index).
        expect(() =>
          core.db.$client.prepare('UPDATE tasks SET cancelled_at = NULL WHERE id = ?').run(duplicate!.id),
        ).toThrow(/UNIQUE/);
      } finally {
        core.close();
      }
    },
  );
  it('makes each joint item of the old release its version 1, effective from the day it was created', async () => {
    const source = openTestCore(tempDir());
    const admin = await setUpOffice(source.core);
    const caller = withToken(admin);
    const fields = {
      basis: '《中华人民共和国食品安全法》第三十三条',
      methods: ['实地核查' as const],
      category: 'key' as const,
      effectiveFrom: '2026-01-01',
    };
    const a = await expectOk(source.core, caller, 'items.create', {
      ...fields,
      code: 'SCJG-001',
      departmentId: 1,
      name: '食品经营者经营条件检查',
    });
    const b = await expectOk(source.core, caller, 'items.create', {
      ...fields,
      code: 'WJ-001',
      departmentId: 17,
      name: '餐饮服务单位卫生检查',
    });
    // Created at 20:00 UTC on 1 March: 2 March in the office (UTC+8), the day version 1 takes effect.
    source.clock.set(new Date('2026-03-01T20:00:00Z'));
    const joint = await expectOk(source.core, withToken(await logIn(source.core)), 'items.jointCreate', {
      name: '餐饮店一业一查',
      scene: '开办餐饮店',
      leadDepartmentId: 1,
      itemIds: [a.id, b.id],
    });
    source.core.close();
    const oldDir = tempDir();
    openDb(oldDir, { migrationsDir: previousReleaseMigrations() }).$client.close();
    const tables = copyIntoOld(source.dir, oldDir);
    const oldDb = new Database(path.join(oldDir, DB_FILE), { readonly: true });
    const before = contents(oldDb, tables);
    oldDb.close();
    expect(before.joint_items).toHaveLength(1);

    const core = openCore({ dataDir: oldDir, clock: new ManualClock(new Date('2026-03-03T02:00:00Z')) });
    try {
      expect(contents(core.db.$client, tables)).toEqual(before);
      const token = withToken(await logIn(core));
      const history = await expectOk(core, token, 'items.jointHistory', { id: joint.id });
      expect(history.map((h) => [h.versionNo, h.effectiveFrom, h.status, h.reason, h.actorName])).toEqual([
        [1, '2026-03-02', 'active', '新增', 'admin'],
      ]);
      expect(await expectOk(core, token, 'items.jointList', { asOf: '2026-03-01' })).toEqual([]);
      const [listed] = await expectOk(core, token, 'items.jointList', { asOf: '2026-03-02' });
      expect(listed).toMatchObject({
        name: '餐饮店一业一查',
        scene: '开办餐饮店',
        leadDepartmentName: '县市场监督管理局',
      });
      expect(listed!.items.map((i) => i.code)).toEqual(['SCJG-001', 'WJ-001']);
      // And it can be edited as a version 2 from there.
      await expectOk(core, token, 'items.jointRetire', {
        id: joint.id,
        versionNo: 1,
        effectiveFrom: '2026-03-03',
        reason: '并入新的清单',
      });
      expect(await expectOk(core, token, 'items.jointList', { asOf: '2026-03-03' })).toEqual([]);
    } finally {
      core.close();
    }
  });
});
