import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Runs the real CLI on a data directory in a child process, as `npm run cli -- … --data DIR` does. */
export function runCli(dataDir: string, ...args: string[]) {
  const result = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['electron/cli/main.ts', ...args, '--data', dataDir],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  return { code: result.status, out: result.stdout.trim(), err: result.stderr };
}
