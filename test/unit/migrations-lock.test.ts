import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsDir } from '../../db/client';
import { makeTempDir } from '../support/core';

/**
 * Every migration that has landed, as [journal tag, journal `when`, SHA-256 of the SQL file with line endings made
 * LF]. Offices' databases have run these files: drizzle records each by its `when` and never runs it again, so an
 * edited file changes nothing on a database that already has it, and a fresh database would get a different schema
 * from an upgraded one. A change goes into a NEW migration; only a new migration's line is ever added here.
 */
const LANDED: readonly (readonly [tag: string, when: number, sha256: string])[] = [
  ['0000_init', 1795324383323, '11c59602c49c8239fbf9de37ae3cc508d802ece853eb6faf118c77dee5f188de'],
  ['0001_audit_append_only', 1795324386408, 'f5778c5181a98ada4b95ddb5f2ed37c47d13bce6602f6c2c707f901bc618e47f'],
  ['0002_subjects', 1795328212577, 'a83935d4e34aff37f17c8a4099546f72bb43991f9eab796c830b3b43450513e2'],
  ['0003_subjects_fts', 1795328213440, '2c900a6ab154cbabb58de2e2edeeef2bf09e2af4adb31ea24e228fccf5e2ab52'],
  ['0004_inspectors', 1795328837027, 'da0af75b7c9d34f30eee94349f1265bde2e57d3a625dd72dca671175b5dfe0fa'],
  ['0005_items', 1795329117090, 'f4576f6682493351adecc040a37576397ea6822377da2f7d073a6fc8388d48d0'],
  ['0006_libraries', 1795330903893, 'a0227fa2f9ef2dbf44953cbf0b247023b375d2644601db3e817b2d6ef8e2c720'],
  ['0007_inspector_changes', 1795331246428, '4a4175aedf54fcfde341c1cf9dd65345b56e651c9e7ba80f18a4d9faea9a72af'],
  ['0008_subjects_fts_bulk', 1795333714085, 'f3a3f2c6527138e43f7d8201d8870041212696c42a2870f42f6a5828019fa4bf'],
  ['0009_plans_tasks_draws', 1795336414512, 'fdcd7dfcf83ef5bb4ac293282fca4844c85a30b545e2526ceb2cac69514a28d6'],
  ['0010_subjects_pool_index', 1795337871675, '246ce2393480d2bc669a7d234daad59d7d624976c65ea8fff6e0b42a03759d6d'],
  ['0011_calendar', 1795339805261, 'a63736c6bb9e4be3fec8348b91dd2d3af2d4fd522874870fca53fb9372cd6584'],
  ['0012_results', 1795344140524, 'afcadf9c3f63f53cfcd05b6e7cf85ebb092f7f0f75868ca7f97a54789d98a513'],
  ['0013_result_lists', 1795344167122, '45bde3441d340feebd91c35c47eec813d659f570cc3555320d4f3f2f3e89f334'],
  ['0014_todo_indexes', 1795345602434, '0c4d8908bd9b7ea6b3f13d349ae8a9307749a69e83826e8343a43337f56efec1'],
  ['0015_subjects_fts_columns', 1796165857787, '683e132576ae2cef57da483a93c594ba893579f548f31d7ad873a5e66dff4e43'],
  ['0016_subjects_row_links', 1796166272000, '419f52912676e7bf48b6baf5bd60e26b7751425171e9a14227eeaad999ee5d27'],
  ['0017_sessions_last_seen', 1796900100000, '75ad3e30ee91320c59455ef06650ddc3a8c1d35f42a360f8b03cde8c3ac22fb7'],
  ['0018_audit_anchors', 1796900300000, '06374a2da17e3fd229411d79c8db3be0b5ed1db564a6684e6ed4bb7d12f3cfad'],
  ['0019_task_replacement', 1796900500000, 'dc31faf43e827cc0fe8c38f2934b5ca5e9cb9d445201a607680ba0f062fce533'],
  ['0020_report_dates', 1796900700000, 'b576bcd8ecb1360cbfe8a49d41d923194c98feb9af3a34973059b906b8a92e18'],
  ['0021_item_class_caps', 1796900900000, '0817911fdb0e87b2610105d2d43aaa8b518a6df7007d37dc75f005f6dcfd2cba'],
  ['0022_subject_target_flags', 1796901100000, '51be47ae77bcd4651a519db252f4aea19b0e2bc60d82b5286b80a9aaf1debf5d'],
  ['0023_joint_item_versions', 1796901300000, 'c195cbc646dd72660fa70a930077d6d1d04b0159716c96dfc7eb315a2f91f90d'],
  ['0024_recusal_township', 1796901500000, '59481426f9676bca17c645d4d9fd45392f909f60a2f945a257c7c3ac7b014299'],
  ['0025_report_submissions', 1796901700000, '689a1d07c5a2791078e477a47ca4e7c27ba54d95737307c72596a4b71956aa39'],
  ['0026_item_class_frequency_caps', 1796901900000, 'd187d022a43f88481fc3075c85141dfb021706cad14954f9fccb442feb2f62cc'],
];

const ADVICE =
  '已发布的迁移文件不得修改：请把改动写成一个新的迁移（npm run db:generate，或新增下一个编号的 .sql 文件和日志条目）。';

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

const sha256 = (file: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n')).digest('hex');

/** What differs between a migrations folder and the landed list, one line per problem; empty when none. */
function lockProblems(dir: string): string[] {
  const journal = (
    JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] }
  ).entries;
  const problems: string[] = [];
  LANDED.forEach(([tag, when, hash], idx) => {
    const entry = journal[idx];
    if (!entry || entry.tag !== tag || entry.idx !== idx) {
      problems.push(`日志第 ${idx} 条应为已发布的迁移 ${tag}，现为 ${entry?.tag ?? '（缺失）'}。${ADVICE}`);
      return;
    }
    if (entry.when !== when)
      problems.push(`迁移 ${tag} 在日志中的时间戳由 ${when} 改成了 ${entry.when}：已有数据库将重复或跳过它。${ADVICE}`);
    const file = path.join(dir, `${tag}.sql`);
    if (!fs.existsSync(file)) problems.push(`已发布的迁移文件 ${tag}.sql 不见了。${ADVICE}`);
    else if (sha256(file) !== hash) problems.push(`已发布的迁移文件 ${tag}.sql 被修改了。${ADVICE}`);
  });
  for (const entry of journal.slice(LANDED.length)) {
    const file = path.join(dir, `${entry.tag}.sql`);
    const hash = fs.existsSync(file) ? sha256(file) : '（文件缺失）';
    problems.push(
      `新迁移 ${entry.tag} 尚未登记：合入主干时把 ['${entry.tag}', ${entry.when}, '${hash}'] 加到本测试的 LANDED 末尾，此后不再修改该文件。`,
    );
  }
  const journalled = new Set(journal.map((e) => `${e.tag}.sql`));
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.sql') && !journalled.has(n)))
    problems.push(`迁移文件 ${name} 不在 meta/_journal.json 中，迁移程序不会执行它。`);
  return problems;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the committed migrations folder the test may damage. */
function migrationsCopy(): string {
  const dir = path.join(makeTempDir(), 'migrations');
  dirs.push(path.dirname(dir));
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

describe('landed migrations are append-only', () => {
  it('every committed migration file and journal entry is exactly as it landed', () => {
    expect(lockProblems(defaultMigrationsDir())).toEqual([]);
  });

  it('names an edited byte, a changed timestamp, a missing file and an unlisted migration', () => {
    const dir = migrationsCopy();
    const edited = path.join(dir, '0009_plans_tasks_draws.sql');
    const text = fs.readFileSync(edited);
    const at = text.length - 2;
    text.writeUInt8(text.readUInt8(at) ^ 1, at);
    fs.writeFileSync(edited, text);
    fs.rmSync(path.join(dir, '0012_results.sql'));
    const journalFile = path.join(dir, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: JournalEntry[] };
    journal.entries[17]!.when += 1;
    journal.entries.push({ ...journal.entries[18]!, idx: 19, tag: '0019_new', when: journal.entries[18]!.when + 1 });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(dir, '0019_new.sql'), 'SELECT 1;');

    const problems = lockProblems(dir);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('0009_plans_tasks_draws.sql 被修改了');
    expect(problems[1]).toContain('0012_results.sql 不见了');
    expect(problems[2]).toContain('0017_sessions_last_seen 在日志中的时间戳');
    expect(problems[3]).toContain("['0019_new'");
    expect(problems.slice(0, 3).every((p) => p.includes('请把改动写成一个新的迁移'))).toBe(true);
  });

  it('a line-ending change alone (a Windows checkout) is not an edit', () => {
    const dir = migrationsCopy();
    const file = path.join(dir, '0017_sessions_last_seen.sql');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    expect(lockProblems(dir)).toEqual([]);
  });
});
