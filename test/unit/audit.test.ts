import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, GENESIS_HASH, verifyChain } from '../../electron/core/audit/chain';
import { canonical, sha256Hex } from '../../electron/core/canonical';
import { auditLog } from '../../db/schema';
import { expectOk, LOCAL_HTTP, openTestCore, setUpOffice, withToken, type TestCore, resultOf } from '../support/core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.cleanup());

const entry = (method: string) => ({
  at: new Date().toISOString(),
  actorId: null,
  actorName: 'tester',
  door: 'cli',
  method,
  entityType: null,
  entityId: null,
  inputDigest: sha256Hex('{}'),
  outcome: 'ok',
});

/** Raw access to the file, as someone with sqlite3 would have. */
function tamper(sql: string): void {
  const raw = new Database(path.join(t.dir, 'app.db'));
  raw.exec(sql);
  raw.close();
}

describe('audit chain', () => {
  it('links each entry to the previous one from the genesis hash', () => {
    const rows = ['a.one', 'a.two', 'a.three'].map((m) => appendAudit(t.core.db, entry(m)));
    const all = t.core.db.select().from(auditLog).all();
    expect(all[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < all.length; i++) expect(all[i]?.prevHash).toBe(all[i - 1]?.hash);
    const report = verifyChain(t.core.db);
    expect(report).toEqual({ ok: true, count: all.length, headHash: rows.at(-1)?.hash });
  });

  it('verifies across page boundaries', () => {
    for (let i = 0; i < 25; i++) appendAudit(t.core.db, entry(`x.n${i}`));
    expect(verifyChain(t.core.db, 7)).toMatchObject({ ok: true, count: 26 });
  });

  it('refuses UPDATE and DELETE through the database itself', () => {
    appendAudit(t.core.db, entry('a.one'));
    expect(() => t.core.db.$client.exec("UPDATE audit_log SET actor_name = 'x'")).toThrow(/append-only/);
    expect(() => t.core.db.$client.exec('DELETE FROM audit_log')).toThrow(/append-only/);
  });

  it('names the first altered entry when a row is changed behind the triggers', () => {
    for (const m of ['a.one', 'a.two', 'a.three', 'a.four']) appendAudit(t.core.db, entry(m));
    tamper("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_name = 'someone else' WHERE id = 3;");
    const report = verifyChain(t.core.db);
    expect(report).toMatchObject({ ok: false, brokenId: 3, count: 2 });
  });

  it('detects a deleted entry in the middle', () => {
    for (const m of ['a.one', 'a.two', 'a.three']) appendAudit(t.core.db, entry(m));
    tamper('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;');
    expect(verifyChain(t.core.db)).toMatchObject({ ok: false, brokenId: 2 });
  });

  it('detects a re-hashed entry by the broken link to its successor', () => {
    for (const m of ['a.one', 'a.two', 'a.three']) appendAudit(t.core.db, entry(m));
    // Flip the first hex digit (always to a different one: a hash may already start with 'f').
    tamper(
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET hash = (CASE WHEN substr(hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END) || substr(hash, 2) WHERE id = 2;",
    );
    const report = verifyChain(t.core.db);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.brokenId).toBe(2);
  });

  it('keeps secrets out of the input digest', async () => {
    await setUpOffice(t.core);
    const setup = t.core.db
      .select()
      .from(auditLog)
      .all()
      .find((r) => r.method === 'auth.setup');
    const redacted = {
      officeName: '固阳县市场监督管理局',
      regionCode: '150222',
      username: 'admin',
      displayName: '王管理',
      password: '***',
    };
    expect(setup?.inputDigest).toBe(sha256Hex(canonical(redacted)));
  });

  it('records refused logins with their outcome, and the chain stays valid', async () => {
    const admin = await setUpOffice(t.core);
    await resultOf(t.core, LOCAL_HTTP, 'auth.login', { username: 'admin', password: 'Wrong12345' });
    const last = t.core.db.select().from(auditLog).all().at(-1);
    expect(last).toMatchObject({
      method: 'auth.login',
      outcome: 'BAD_CREDENTIALS',
      actorName: 'admin',
      entityType: 'user',
    });
    const report = await expectOk(t.core, withToken(admin), 'audit.verify', {});
    expect(report.ok).toBe(true);
  });

  it('lists entries newest first with filters and Chinese summaries', async () => {
    const admin = await setUpOffice(t.core);
    await resultOf(t.core, withToken(admin), 'departments.create', {
      code: 'JG',
      name: '县机关事务局',
      shortName: '机关',
    });
    const page = await expectOk(t.core, withToken(admin), 'audit.list', { method: 'departments.create' });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ summary: '新增部门', actorName: 'admin' });
    const all = await expectOk(t.core, withToken(admin), 'audit.list', { pageSize: 2 });
    expect(all.rows.map((r) => r.id)).toEqual([3, 2]);
    expect(all.total).toBe(3);
  });

  it('exports CSV with a BOM and with formula-like text neutralised', async () => {
    const admin = await setUpOffice(t.core);
    await expectOk(t.core, withToken(admin), 'users.create', {
      username: '-cmd',
      displayName: '减号开头',
      role: 'viewer',
      password: 'Viewer1234',
    });
    await resultOf(t.core, LOCAL_HTTP, 'auth.login', { username: '-cmd', password: 'Viewer1234' });
    const { csv, count } = await expectOk(t.core, withToken(admin), 'audit.export', {});
    expect(csv.startsWith('\uFEFF序号,时间,操作人')).toBe(true);
    expect(count).toBe(4);
    expect(csv).toContain(",'-cmd,");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
    // The last exported hash leaves the PC: it is kept as an anchor that audit verify checks from then on.
    const anchors = t.core.db.$client.prepare('SELECT entry_id, purpose FROM audit_anchors').all();
    expect(anchors).toEqual([{ entry_id: 4, purpose: expect.stringContaining('导出的审计日志') as unknown }]);
  });
});
