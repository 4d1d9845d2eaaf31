import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { departments } from '../../db/schema';
import { openCore } from '../../electron/core/app';
import { expectOk, makeTempDir, openTestCore, setUpOffice } from '../support/core';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const tableNames = (db: ReturnType<typeof openDb>): string[] =>
  (
    db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);

describe('database migrations', () => {
  it('creates every table in an empty directory, with WAL and foreign keys on', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    fs.rmSync(dir, { recursive: true });
    const db = openDb(dir);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['audit_log', 'departments', 'sessions', 'settings', 'users']),
    );
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    // FULL (2): every commit waits for the disk, so a committed result survives a power cut.
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
    const triggers = (
      db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(triggers).toEqual(
      expect.arrayContaining(['audit_log_no_update', 'audit_log_no_delete', 'subjects_fts_insert']),
    );
    db.$client.close();
  });

  it('reopens an existing directory without losing data or re-seeding', async () => {
    const first = openTestCore();
    dirs.push(first.dir);
    await setUpOffice(first.core);
    const seeded = first.core.db.select().from(departments).all().length;
    const migrations = first.core.db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get();
    first.core.close();

    const again = openCore({ dataDir: first.dir });
    expect(again.db.select().from(departments).all()).toHaveLength(seeded);
    expect(again.db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual(migrations);
    const status = await expectOk(again, { door: 'cli', local: true }, 'auth.status', {});
    expect(status.initialized).toBe(true);
    again.close();
  });

  it('seeds the county departments once, with one lead office', () => {
    const t = openTestCore();
    dirs.push(t.dir);
    const rows = t.core.db.select().from(departments).all();
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.filter((d) => d.isLead).map((d) => d.name)).toEqual(['县市场监督管理局']);
    // GY's member list names the court and the procuratorate among the 联席会议 members.
    expect(rows.map((d) => d.name)).toEqual(expect.arrayContaining(['县人民法院', '县人民检察院']));
    t.core.close();
  });
});
