import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
export const SUBJECTS = 1_000_000;

/** Runs a TypeScript entry point of this repository in a process of its own; its stdout, or an error. */
export function run(args: string[]): string {
  const result = spawnSync(TSX, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** A 1,000,000-subject county, built once per schema version and kept in the temp folder (it takes minutes). */
export function demoDirectory(): string {
  const schema = createHash('sha256');
  for (const f of fs
    .readdirSync(path.join(ROOT, 'db', 'migrations'))
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    schema.update(fs.readFileSync(path.join(ROOT, 'db', 'migrations', f)));
  }
  const dir = path.join(os.tmpdir(), `ssj-bench-demo-${SUBJECTS}-${schema.digest('hex').slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'ready'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`（首次运行：正在生成 ${SUBJECTS.toLocaleString('zh-CN')} 个检查对象的演示目录，约需 3 分钟……）`);
    run(['electron/cli/main.ts', 'demo', '--subjects', String(SUBJECTS), '--data', dir]);
    fs.writeFileSync(path.join(dir, 'ready'), '');
  }
  return dir;
}

/** A scratch copy of the demo directory's database, so a benchmark's writes never reach the cached one. */
export function workCopy(demo: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-bench-work-'));
  fs.copyFileSync(path.join(demo, 'app.db'), path.join(work, 'app.db'));
  return work;
}
