import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNERS } from '../../scripts/eslint/table-writers.mjs';

/**
 * Reads of another area's tables (docs/architecture.md §6, "读别的区的表"). Writes are refused by lint
 * (layers/table-writers); reads go through the owner's exported queries, except the ones listed here:
 * HOT_JOINS, the measured figure, to-do, list, pool and match-input queries (月报表, 工作汇总, 统计, 待办, 结果清单, 候选名单,
 * 匹配输入) that join across areas in one statement on purpose (docs/performance.md): splitting them into per-owner
 * queries is what the bench's baselines measure as the slow way.
 * The test fails when a file reads a foreign table not listed (drift: use the owner's query, or — for a measured hot
 * path — list it in HOT_JOINS with the figure that justifies it), and when a listed read is gone (take it off).
 */
const HOT_JOINS: Record<string, string[]> = {
  'draws/match-inputs.ts': ['check_items', 'experts', 'inspector_recusals', 'inspectors', 'subjects'],
  'draws/pool.ts': ['subjects', 'tasks'],
  'reports/figures.ts': ['draw_subjects', 'draws', 'inspectors', 'subjects', 'tasks'],
  'reports/summary.ts': ['draw_subjects', 'draws', 'follow_ups', 'tasks'],
  'results/conclusion.ts': ['follow_ups'],
  'results/figures.ts': ['follow_ups'],
  'results/queries.ts': ['draw_subjects', 'draws', 'inspection_codes', 'subjects', 'tasks'],
  'results/sheet.ts': ['follow_ups', 'inspectors', 'subjects', 'team_members'],
  'results/statements.ts': ['credit_proposals', 'subjects'],
  'results/todo.ts': ['draw_subjects', 'draws', 'inspectors', 'subjects', 'tasks', 'team_members', 'users'],
  'stats/figures.ts': ['draw_subjects', 'draws', 'subjects', 'tasks'],
};

const CORE = path.resolve(__dirname, '../../electron/core');

const ownerBySql = new Map<string, string>();
const ownerByExport = new Map<string, { area: string; sqlName: string }>();
for (const [area, tables] of Object.entries(OWNERS))
  for (const [sqlName, exportName] of Object.entries(tables)) {
    ownerBySql.set(sqlName, area);
    if (exportName) ownerByExport.set(exportName, { area, sqlName });
  }

/** The foreign tables (SQL names) each area file reads: drizzle tables imported as values, and FROM/JOIN in SQL text. */
function foreignReads(core = CORE): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const area of fs.readdirSync(core)) {
    const dir = path.join(core, area);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const tables = new Set<string>();
      for (const m of text.matchAll(/import \{([^}]*)\} from '[^']*db\/schema(?:\/[\w-]+)?'/g))
        for (const name of (m[1] ?? '').split(',').map((n) => n.trim())) {
          const owner = ownerByExport.get(name);
          if (owner && owner.area !== area) tables.add(owner.sqlName);
        }
      for (const m of text.matchAll(/\b(?:FROM|JOIN)\s+[`"]?([a-z_]+)[`"]?/g)) {
        const owner = ownerBySql.get(m[1] ?? '');
        if (owner && owner !== area) tables.add(m[1] ?? '');
      }
      if (tables.size > 0) found[`${area}/${file.split(path.sep).join('/')}`] = [...tables].sort();
    }
  }
  return found;
}

describe('reads of another area’s tables', () => {
  it('are exactly the listed, measured hot joins', () => {
    const listed = HOT_JOINS;
    const normalise = (m: Record<string, string[]>) =>
      Object.fromEntries(
        Object.entries(m)
          .map(([f, t]) => [f, [...t].sort()] as const)
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    expect(
      normalise(foreignReads()),
      'A file reads another area’s table: read it through the owner’s exported query (or list a measured hot join).',
    ).toEqual(normalise(listed));
  });

  it('sees both forms of a foreign read, and not an area reading its own tables', () => {
    const core = fs.mkdtempSync(path.join(os.tmpdir(), 'table-readers-'));
    try {
      fs.mkdirSync(path.join(core, 'cases'));
      fs.writeFileSync(
        path.join(core, 'cases', 'drift.ts'),
        [
          "import { cases, results } from '../../../db/schema';",
          "import type { tasks } from '../../../db/schema';",
          'export const a = (db) => db.prepare(`SELECT * FROM "draws" JOIN follow_ups ON 1 JOIN cases ON 1`);',
        ].join('\n'),
      );
      expect(foreignReads(core)).toEqual({ 'cases/drift.ts': ['draws', 'follow_ups', 'results'] });
    } finally {
      fs.rmSync(core, { recursive: true, force: true });
    }
  });
});
