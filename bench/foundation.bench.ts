import { sha256Hex } from '../electron/core/canonical';
import type { Core } from '../electron/core/app';
import { appendAudit, verifyChain } from '../electron/core/audit/chain';
import { departments } from '../db/schema';
import { percentiles, seconds, type Figure } from './harness';

const CLI = {
  door: 'cli' as const,
  local: true,
  actor: { id: null, username: 'bench', displayName: 'bench', role: 'admin' as const, departmentId: null },
};

/** The foundation's costs: what one trip through dispatch adds, and how fast the audit chain verifies. */
export async function foundationFigures(core: Core): Promise<Figure[]> {
  const read = await percentiles(2000, () => core.call(CLI, 'departments.list', {}));
  const rawRead = await percentiles(2000, () => core.db.select().from(departments).all());

  let n = 0;
  const write = await percentiles(1000, () => core.call(CLI, 'settings.set', { key: 'bench.value', value: n++ }));
  const stmt = core.db.$client.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  const rawWrite = await percentiles(1000, () => stmt.run('bench.raw', String(n++)));

  for (let i = 0; i < 100_000; i++) {
    appendAudit(core.db, {
      at: new Date().toISOString(),
      actorId: null,
      actorName: 'bench',
      door: 'cli',
      method: 'bench.fill',
      entityType: null,
      entityId: String(i),
      inputDigest: sha256Hex(String(i)),
      outcome: 'ok',
    });
  }
  const count = verifyChain(core.db).count;
  const verify = await seconds(() => verifyChain(core.db));
  const rawScan = await seconds(() => core.db.$client.prepare('SELECT * FROM audit_log').all());

  return [
    {
      name: 'dispatch 读调用 p95',
      unit: 'ms',
      value: read.p95,
      target: '—',
      baseline: rawRead.p95,
      baselineLabel: '直接 SQL 查询',
    },
    {
      name: 'dispatch 写调用（含事务与审计）p95',
      unit: 'ms',
      value: write.p95,
      target: '—',
      baseline: rawWrite.p95,
      baselineLabel: '裸 INSERT，无审计',
    },
    {
      name: `审计链校验（${count} 条）`,
      unit: 's',
      value: verify,
      target: '—',
      baseline: rawScan,
      baselineLabel: '仅读出全部行',
    },
  ];
}
