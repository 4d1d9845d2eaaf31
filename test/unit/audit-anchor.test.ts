import fs from 'node:fs';
import path from 'node:path';
import { generateKeyPairSync, sign } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../electron/core/app';
import { canonical } from '../../electron/core/canonical';
import { chainHash, entryText, GENESIS_HASH, verifyChain, type AuditRow } from '../../electron/core/audit/chain';
import { digestBacklogStep } from '../../electron/core/audit/row-backlog';
import { verifyRows } from '../../electron/core/audit/rows';
import { DB_FILE } from '../../db/client';
import { runCli } from '../support/cli';
import { expectOk, logIn, openTestCore, setUpOffice, withToken, type TestCore, resultOf } from '../support/core';
import { cleanEntry, lockedTask } from '../support/results';
import { HEADER, upload } from '../support/subjects';
import { testUscc } from '../support/draws';
import { writeWorkbook } from '../support/xlsx';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.cleanup());

const cli = (...args: string[]) => runCli(t.dir, ...args);
const said = (r: { out: string; err: string }) => r.out + r.err;
const out = (name: string) => path.join(t.dir, 'out', name);

/** What someone holding the database file does: a plain connection, no app, foreign keys off. */
function asAttacker<T>(work: (db: Database.Database) => T): T {
  const db = new Database(path.join(t.dir, DB_FILE));
  db.pragma('foreign_keys = OFF');
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const dropTriggers = (db: Database.Database) =>
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');

/** Puts the triggers back as they were, so that nothing but the chain itself shows the work. */
const restoreTriggers = (db: Database.Database) =>
  db.exec(
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;" +
      "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
  );

type RawEntry = Record<string, string | number | null>;
const asRow = (r: RawEntry) =>
  ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    door: r.door,
    method: r.method,
    entityType: r.entity_type,
    entityId: r.entity_id,
    inputDigest: r.input_digest,
    outcome: r.outcome,
    prevHash: r.prev_hash,
    rowsDigest: r.rows_digest,
  }) as Omit<AuditRow, 'hash' | 'createdAt' | 'updatedAt'>;

/** Changes entry k's actor and recomputes every hash from k on with the app's own algorithm. */
function rehashFrom(db: Database.Database, k: number, actorName: string): void {
  dropTriggers(db);
  let prev =
    k === 1
      ? GENESIS_HASH
      : (db
          .prepare('SELECT hash FROM audit_log WHERE id = ?')
          .pluck()
          .get(k - 1) as string);
  const rows = db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(k) as RawEntry[];
  for (const raw of rows) {
    const row = { ...asRow(raw), prevHash: prev, actorName: raw.id === k ? actorName : (raw.actor_name as string) };
    const hash = chainHash(prev, entryText(row));
    db.prepare('UPDATE audit_log SET actor_name = ?, prev_hash = ?, hash = ? WHERE id = ?').run(
      row.actorName,
      prev,
      hash,
      row.id,
    );
    prev = hash;
  }
  restoreTriggers(db);
}

const head = (db: Database.Database) =>
  db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string };

/** An office with a locked, matched task and one entered result; the test's core is closed so only the CLI runs. */
async function officeWithWork() {
  const token = await setUpOffice(t.core);
  const task = await lockedTask(t.core, token);
  const subjectId = task.drawn[0]?.subjectId ?? 0;
  t.clock.set(new Date('2026-05-10T02:00:00Z'));
  const again = await logIn(t.core);
  const entered = await expectOk(
    t.core,
    withToken(again),
    'results.enter',
    cleanEntry(task.taskId, subjectId, task.items.general, '2026-05-06'),
  );
  return { token: again, task, resultId: entered.result.id, subjectId };
}

describe('audit anchors', () => {
  it('names a tail truncated after a PDF printed its head', { timeout: 240_000 }, async () => {
    const { task } = await officeWithWork();
    t.core.close();
    expect(cli('pdf', 'draw', '--task', String(task.taskId), '--out', out('draw.pdf')).code).toBe(0);
    const printed = asAttacker((db) => head(db));
    asAttacker((db) => {
      dropTriggers(db);
      db.prepare('DELETE FROM audit_log WHERE id >= ?').run(printed.id - 1);
      // …and the row digests of the entries it removed, where they exist.
      if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'audit_row_digests'").get()) {
        db.prepare('DELETE FROM audit_row_digests WHERE entry_id >= ?').run(printed.id - 1);
      }
      restoreTriggers(db);
    });
    const verify = cli('audit', 'verify');
    expect(verify.code).toBe(1);
    expect(said(verify)).toContain(`第 ${printed.id} 条已不在审计日志中`);
    expect(said(verify)).toContain('截断');
  });

  it(
    'refuses a chain re-hashed from entry k against --expect HASH@N and the signed anchor file',
    { timeout: 240_000 },
    async () => {
      await officeWithWork();
      t.core.close();
      const before = asAttacker((db) => head(db));
      const expectArg = `${before.hash}@${before.id}`;
      expect(cli('audit', 'verify', '--expect', expectArg)).toMatchObject({ code: 0 });
      const anchored = cli('audit', 'anchor', '--out', out('anchor.json'));
      expect(anchored.code).toBe(0);
      expect(anchored.out).toContain(`第 ${before.id} 条`);
      const file = JSON.parse(fs.readFileSync(out('anchor.json'), 'utf8')) as { publicKey: string; headHash: string };
      expect(file).toMatchObject({ entryId: before.id, headHash: before.hash });
      expect(anchored.out).toContain(file.publicKey);
      expect(cli('audit', 'verify', '--expect-file', out('anchor.json')).code).toBe(0);

      // The attacker also wipes the anchors the app recorded in the same file: only the outside copies remain.
      asAttacker((db) => {
        rehashFrom(db, 5, '张三');
        db.exec('DELETE FROM audit_anchors');
      });
      expect(cli('audit', 'verify').code).toBe(0);
      const expected = cli('audit', 'verify', '--expect', expectArg);
      expect(expected.code).toBe(1);
      expect(said(expected)).toContain(`第 ${before.id} 条记录的哈希与给定的审计链头上的不符`);
      const bare = cli('audit', 'verify', '--expect', before.hash);
      expect(bare.code).toBe(1);
      expect(said(bare)).toContain('不在审计日志中');
      const signed = cli('audit', 'verify', '--anchor', out('anchor.json'));
      expect(signed.code).toBe(1);
      expect(said(signed)).toContain(`第 ${before.id} 条记录的哈希与签名锚点文件`);
    },
  );

  it('names a forged last row that a printed head covered', { timeout: 240_000 }, async () => {
    const { task } = await officeWithWork();
    t.core.close();
    expect(cli('pdf', 'draw', '--task', String(task.taskId), '--out', out('draw.pdf')).code).toBe(0);
    const last = asAttacker((db) => head(db));
    asAttacker((db) => {
      rehashFrom(db, last.id, '李四');
    });
    const verify = cli('audit', 'verify');
    expect(verify.code).toBe(1);
    expect(said(verify)).toContain(`第 ${last.id} 条记录的哈希与「零售店联合检查-抽取记录.pdf」`);
  });

  it('names dropped triggers; reopening the core recreates them and records it', { timeout: 240_000 }, async () => {
    const token = await setUpOffice(t.core);
    asAttacker(dropTriggers);
    const now = await expectOk(t.core, withToken(token), 'audit.verify', {});
    expect(now).toMatchObject({ ok: false });
    expect(JSON.stringify(now)).toContain('防篡改触发器缺失（audit_log_no_update、audit_log_no_delete）');
    t.core.close();

    const reopened = openCore({ dataDir: t.dir, clock: t.clock });
    const names = reopened.db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name")
      .pluck()
      .all();
    expect(names).toEqual(['audit_log_no_delete', 'audit_log_no_update']);
    expect(() => reopened.db.$client.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    const repair = reopened.db.$client
      .prepare("SELECT entity_id FROM audit_log WHERE method = 'system.repairTriggers'")
      .pluck()
      .all();
    expect(repair).toEqual(['audit_log_no_update,audit_log_no_delete']);
    reopened.close();

    const verify = cli('audit', 'verify');
    expect(verify.code).toBe(1);
    expect(said(verify)).toContain('防篡改触发器被删除（audit_log_no_update,audit_log_no_delete），已于');
  });

  it('--deep names each business row changed, inserted or deleted outside the app', { timeout: 240_000 }, async () => {
    const { token, resultId, subjectId } = await officeWithWork();
    // An import takes the bulk path (search index and row tracking paused): its rows are digested all the same.
    const book = path.join(t.dir, 'import.xlsx');
    const rows = [1, 2, 3].map(
      (n) => [testUscc(900 + n), `导入商店${n}`, '企业', '', '', 'F5211', '', 'B', '', ''] as string[],
    );
    await writeWorkbook(book, [{ name: '检查对象', rows: [HEADER, ...rows] }]);
    const preview = await expectOk(t.core, withToken(token), 'subjects.importPreview', {
      upload: upload(t.core, book),
    });
    const committed = await expectOk(t.core, withToken(token), 'subjects.importCommit', {
      token: (preview as { token: string }).token,
      mode: 'valid',
    });
    expect(committed.fresh).toBe(3);
    t.core.close();

    const clean = cli('audit', 'verify', '--deep');
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('OK 已核对');

    const { imported, drawId } = asAttacker((db) => {
      const importedId = db.prepare("SELECT id FROM subjects WHERE name = '导入商店2'").pluck().get() as number;
      const draw = db.prepare('SELECT id FROM draws LIMIT 1').pluck().get() as number;
      db.prepare("UPDATE results SET description = '存在问题' WHERE id = ?").run(resultId);
      db.prepare("UPDATE subjects SET name = '改名商店' WHERE id = ?").run(subjectId);
      db.prepare("UPDATE subjects SET risk_class = 'D' WHERE id = ?").run(importedId);
      db.prepare('DELETE FROM draws WHERE id = ?').run(draw);
      db.prepare(
        "INSERT INTO inspectors (name, department_id, cert_no, cert_valid_from, cert_valid_to) VALUES ('假人员', 1, 'ZF999', '2024-01-01', '2028-12-31')",
      ).run();
      return { imported: importedId, drawId: draw };
    });
    const inserted = asAttacker((db) => db.prepare('SELECT max(id) FROM inspectors').pluck().get() as number);
    const deep = cli('audit', 'verify', '--deep');
    expect(deep.code).toBe(1);
    const text = said(deep);
    expect(text).toContain(`数据表 results（检查结果）第 ${resultId} 行在应用之外被改动（最后写入它的是第`);
    expect(text).toContain(`数据表 subjects（检查对象）第 ${subjectId} 行在应用之外被改动`);
    expect(text).toContain(`数据表 subjects（检查对象）第 ${imported} 行在应用之外被改动`);
    expect(text).toContain(`数据表 draws（抽取记录）第 ${drawId} 行在应用之外被删除`);
    expect(text).toContain(`数据表 inspectors（执法人员）第 ${inserted} 行在应用之外被插入`);
    // Plain verify checks the chain, not today's rows.
    expect(cli('audit', 'verify').code).toBe(0);
  });

  it("leaves a bulk import's rows to be digested while idle, and names a lost backlog", async () => {
    // The idle upkeep must not run on its own here: every step of it is taken by hand below.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const token = await setUpOffice(t.core);
      const book = path.join(t.dir, 'import.xlsx');
      const rows = [1, 2, 3].map(
        (n) => [testUscc(700 + n), `空闲登记商店${n}`, '企业', '', '', 'F5211', '', 'B', '', ''] as string[],
      );
      await writeWorkbook(book, [{ name: '检查对象', rows: [HEADER, ...rows] }]);
      const preview = await expectOk(t.core, withToken(token), 'subjects.importPreview', {
        upload: upload(t.core, book),
      });
      await expectOk(t.core, withToken(token), 'subjects.importCommit', { token: preview.token, mode: 'valid' });
      const db = t.core.db;
      // The import declared its rows and digested none of them itself.
      expect(verifyRows(db)).toMatchObject({ problems: [], pending: 3 });

      const backlog = db.$client.prepare('SELECT * FROM audit_row_backlog').all() as Record<string, unknown>[];
      db.$client.exec('DELETE FROM audit_row_backlog');
      const lost = verifyRows(db).problems;
      expect(lost).toHaveLength(3);
      expect(lost[0]).toContain('其摘要的登记任务却在应用之外被删除');
      const restore = db.$client.prepare(
        'INSERT INTO audit_row_backlog (entry_id, tbl, next_rid, last_rid) VALUES (@entry_id, @tbl, @next_rid, @last_rid)',
      );
      for (const row of backlog) restore.run(row);

      const step = () => db.$client.transaction(() => digestBacklogStep(db, t.clock.now(), 2)).immediate();
      expect(step()).toBe(true);
      expect(verifyRows(db)).toMatchObject({ problems: [], pending: 1 });
      while (step());
      expect(verifyRows(db)).toMatchObject({ problems: [], pending: 0 });
      expect(verifyChain(db).ok).toBe(true);
      const digested = db.$client
        .prepare("SELECT count(*) FROM audit_log WHERE method = 'system.digestRows'")
        .pluck()
        .get();
      expect(digested).toBe(2);
      db.$client.prepare("UPDATE subjects SET name = '改名' WHERE name = '空闲登记商店3'").run();
      expect(verifyRows(db).problems[0]).toContain('在应用之外被改动');
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs --deep only at the command line, never on the request thread of the app', async () => {
    const admin = await setUpOffice(t.core);
    const refused = await resultOf(t.core, withToken(admin), 'audit.verify', { deep: true });
    expect(refused.ok ? null : refused.error).toEqual({
      code: 'FORBIDDEN',
      message: '逐行核对业务数据需要较长时间，请在运行本系统的电脑上用命令行执行：npm run cli -- audit verify --deep。',
    });
    expect((await expectOk(t.core, withToken(admin), 'audit.verify', {})).ok).toBe(true);
  });

  it('refuses a tampered or foreign anchor file; usage errors exit 64', { timeout: 240_000 }, async () => {
    await setUpOffice(t.core);
    t.core.close();
    expect(cli('audit', 'anchor', '--out', out('anchor.json')).code).toBe(0);
    const file = JSON.parse(fs.readFileSync(out('anchor.json'), 'utf8')) as Record<string, unknown>;

    fs.writeFileSync(out('tampered.json'), JSON.stringify({ ...file, office: '别的局' }));
    const tampered = cli('audit', 'verify', '--expect-file', out('tampered.json'));
    expect(tampered.code).toBe(1);
    expect(said(tampered)).toContain('锚点文件的签名无效');

    // Validly signed, but with a key that is not the office's.
    const pair = generateKeyPairSync('ed25519');
    const publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const body = {
      format: file.format,
      office: file.office,
      entryId: file.entryId,
      headHash: file.headHash,
      at: file.at,
      publicKey,
    };
    const signature = sign(null, Buffer.from(canonical(body)), pair.privateKey).toString('base64');
    fs.writeFileSync(out('foreign.json'), JSON.stringify({ ...body, signature }));
    const foreign = cli('audit', 'verify', '--expect-file', out('foreign.json'));
    expect(foreign.code).toBe(1);
    expect(said(foreign)).toContain('公钥与本单位的签名密钥不符');

    fs.writeFileSync(out('junk.json'), 'not json');
    expect(said(cli('audit', 'verify', '--anchor', out('junk.json')))).toContain('锚点文件格式不正确');

    expect(cli('audit', 'anchor').code).toBe(64);
    expect(cli('audit', 'verify', '--expect', 'abc@1').code).toBe(64);
    expect(cli('audit', 'verify', '--expect', `${'a'.repeat(64)}@0`).code).toBe(64);
    expect(cli('audit', 'verify', '--expect-file', out('anchor.json'), '--anchor', out('anchor.json')).code).toBe(64);
  });
});
