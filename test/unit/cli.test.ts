import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/core';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI in a child process, as `npm run cli -- …` does. */
function cli(args: string[], input?: string) {
  const result = spawnSync(TSX, ['electron/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let dir: string;
beforeEach(() => {
  dir = makeTempDir('ssj-cli-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('CLI', () => {
  it('creates an administrator, lists it, and verifies an intact trail', () => {
    const add = cli(['users', 'add', '--admin', '--username', 'root', '--password', 'Root12345', '--data', dir]);
    expect(add.err).toBe('');
    expect(add.code).toBe(0);
    expect(add.out).toContain('已创建用户 root（系统管理员）');
    expect(cli(['users', 'list', '--data', dir]).out).toMatch(/^1\troot\troot\t系统管理员/m);
    const verify = cli(['audit', 'verify', '--data', dir]);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/^OK 审计日志完整：共 2 条/);
  });

  it('reads the password from standard input', () => {
    const add = cli(
      ['users', 'add', '--admin', '--username', 'root', '--password-stdin', '--data', dir],
      'Stdin12345\n',
    );
    expect(add.code).toBe(0);
  });

  it('names the altered entry and exits non-zero after a row is changed with sqlite3', () => {
    cli(['users', 'add', '--admin', '--username', 'root', '--password', 'Root12345', '--data', dir]);
    cli(['users', 'add', '--username', 'leader', '--password', 'Lead12345', '--data', dir]);
    const raw = new Database(path.join(dir, 'app.db'));
    raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_name = 'nobody' WHERE id = 2;");
    raw.close();
    const verify = cli(['audit', 'verify', '--data', dir]);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('第 2 条记录');
  });

  it('explains refusals in Chinese with exit code 1, and usage errors with exit code 64', () => {
    const weak = cli(['users', 'add', '--admin', '--username', 'root', '--password', 'short', '--data', dir]);
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('密码至少需要 8 位');
    const usage = cli(['users', 'add', '--bogus', '--data', dir]);
    expect(usage.code).toBe(64);
    expect(cli(['nonsense', '--data', dir]).code).toBe(64);
  });

  it('calls any contract method with JSON input', () => {
    const list = cli(['call', 'departments.list', '{}', '--data', dir]);
    expect(list.code).toBe(0);
    const departments = JSON.parse(list.out) as { name: string }[];
    expect(departments.map((d) => d.name)).toContain('县市场监督管理局');
  });
});
