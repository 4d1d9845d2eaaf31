import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Areas import each other through their index.ts, so the import graph has cycles. A value used while a module is
 * still loading (a set built from another area's constant, a schema composed from another area's) breaks when an
 * entry point loads the areas in another order, and each door enters the core from its own file. So every public
 * file of every area must load first, from a fresh module cache, under tsx (the CLI's and the server's runtime,
 * whose CommonJS order is where such a break shows; vitest's own loader forgives it).
 */
describe('the order in which the core loads', () => {
  it('lets every public file of every area load first', { timeout: 120_000 }, () => {
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['test/support/load-each-entry.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { loaded: number; failures: { entry: string; error: string }[] };
    expect(report.loaded).toBeGreaterThan(60);
    expect(report.failures).toEqual([]);
  });
});
