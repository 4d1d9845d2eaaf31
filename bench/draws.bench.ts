import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openCore } from '../electron/core/app';
import { sha256Hex } from '../electron/core/canonical';
import { itemsOfTask } from '../electron/core/draws/ceremony';
import { completeDraw, countFor, DRAW_ALGORITHM, poolHashOf, STRATA } from '../electron/core/draws/object-draw';
import { freezePool, poolCondition } from '../electron/core/draws/pool';
import { scopeOf } from '../electron/core/plans/schemas';
import { MATCH_ALGORITHM, matchTeams, type MatchInputs } from '../electron/core/draws/team-match';
import { visitOrder } from '../electron/core/draws/verify-record';
import { DemoRandom } from '../electron/core/demo/random';
import { getTask } from '../electron/core/tasks/store';
import { demoDirectory, workCopy } from './demo-dir';
import { percentiles, type Figure } from './harness';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CALLER = {
  door: 'cli' as const,
  local: true,
  actor: { id: null, username: 'bench', displayName: 'bench', role: 'admin' as const, departmentId: null },
};
/** 1.08% of the ~186,000 active retailers (F52) of the demo county: about 2,000 drawn across the four classes. */
const RATIO_BP = 108;

/** A special task over the demo county's retail trade, whose pool is ~200,000 candidates. */
async function retailTask(core: ReturnType<typeof openCore>): Promise<number> {
  const item = core.db.$client
    .prepare(
      "SELECT i.id FROM check_items i JOIN check_item_versions v ON v.item_id = i.id WHERE v.scope = '{}' AND v.category = 'key' LIMIT 1",
    )
    .pluck()
    .get() as number;
  const result = await core.call(CALLER, 'tasks.createSpecial', {
    fields: {
      name: '零售业专项检查（基准）',
      itemIds: [item],
      leadDepartmentId: 1,
      scope: { industryCode: 'F52' },
      ratios: { mode: 'all', all: RATIO_BP / 100 },
      periodStart: '2026-09-01',
      periodEnd: '2026-11-30',
      mode: '现场',
    },
    reason: '基准测试',
  });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: number }).id;
}

/** 300 officers of 3 departments, 1,000 recusals (subjects and regions), a few expired certificates. */
/** 300 officers and 1,000 recusals (5 % by region: a county code, a township code or a township by name, as offices record them). */
function matchWorkload(keys: number[], drawSeed: string, taskId: number): MatchInputs {
  const random = new DemoRandom(4);
  const officers = Array.from({ length: 300 }, (_, i) => ({
    id: i + 1,
    departmentId: [1, 17, 12][i % 3] ?? 1,
    active: random.chance(0.97),
    certValidFrom: '2022-01-01',
    certValidTo: random.chance(0.05) ? '2026-06-30' : '2029-12-31',
    expertise: random.chance(0.3) ? ['食品'] : [],
  }));
  const TOWNSHIPS = ['城关镇', '金山镇', '西斗铺镇', '下湿壕镇'];
  const recusals = Array.from({ length: 1000 }, (_, i) => {
    const inspectorId = 1 + random.int(300);
    if (!random.chance(0.05)) return { inspectorId, subjectKey: random.pick(keys), regionCode: null };
    if (i % 3 === 0) return { inspectorId, subjectKey: null, regionCode: '150223' };
    if (i % 3 === 1) return { inspectorId, subjectKey: null, regionCode: '150222101' };
    return { inspectorId, subjectKey: null, regionCode: null, regionName: random.pick(TOWNSHIPS) };
  });
  return {
    algorithm: MATCH_ALGORITHM,
    drawSeed,
    subjects: keys.map((key, i) => ({
      key,
      regionCode: i % 7 === 0 ? '150223' : i % 3 === 0 ? '150222101' : '150222100',
      address: `内蒙古自治区包头市固阳县${TOWNSHIPS[i % TOWNSHIPS.length]}${i}号`,
      departments: i % 2 ? [1, 17] : [1, 17, 12],
    })),
    officers,
    experts: [],
    recusals,
    parameters: {
      taskId,
      attempt: 1,
      periodStart: '2026-09-01',
      periodEnd: '2026-11-30',
      teamSize: 3,
      expertsPerTeam: 0,
      expertise: '食品',
    },
  };
}

/** The naive match: per subject, an SQL query for two eligible officers ORDER BY RANDOM() (no balance, no record). */
function naiveMatch(inputs: MatchInputs): void {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE officers (id INTEGER PRIMARY KEY, department_id INT, active INT, valid_to TEXT);
           CREATE TABLE recusals (inspector_id INT, subject_key INT, region_code TEXT);`);
  const addOfficer = db.prepare('INSERT INTO officers VALUES (?, ?, ?, ?)');
  for (const o of inputs.officers) addOfficer.run(o.id, o.departmentId, Number(o.active), o.certValidTo);
  const addRecusal = db.prepare('INSERT INTO recusals VALUES (?, ?, ?)');
  for (const r of inputs.recusals) addRecusal.run(r.inspectorId, r.subjectKey, r.regionCode);
  const pick = db.prepare(`SELECT id FROM officers o WHERE department_id = ? AND active = 1 AND valid_to >= ?
    AND NOT EXISTS (SELECT 1 FROM recusals r WHERE r.inspector_id = o.id AND (r.subject_key = ? OR ? LIKE r.region_code || '%'))
    ORDER BY RANDOM() LIMIT ?`);
  for (const s of inputs.subjects) {
    for (const d of s.departments) pick.all(d, inputs.parameters.periodEnd, s.key, s.regionCode, 1);
  }
  db.close();
}

export async function drawsFigures(): Promise<Figure[]> {
  const work = workCopy(demoDirectory());
  const core = openCore({ dataDir: work });
  try {
    const taskId = await retailTask(core);
    const task = getTask(core.db, taskId);
    const items = itemsOfTask(core.db, task);
    const condition = poolCondition(scopeOf(task.scope), items);

    let record: ReturnType<typeof completeDraw> | undefined;
    let poolSize = 0;
    const ours = await percentiles(20, () => {
      const frozen = freezePool(core.db, condition, task.year, items);
      const counts = Object.fromEntries(STRATA.map((c) => [c, countFor(frozen.pool[c].length, RATIO_BP)])) as Record<
        (typeof STRATA)[number],
        number
      >;
      poolSize = STRATA.reduce((n, c) => n + frozen.pool[c].length, 0);
      const nonce = 'ab'.repeat(32);
      record = completeDraw({
        algorithm: DRAW_ALGORITHM,
        pool: frozen.pool,
        poolHash: poolHashOf(frozen.pool),
        parameters: { taskId, taskName: task.name, attempt: 1, counts, batchSize: null },
        witnesses: [{ name: '监督人', value: '20260901' }],
        nonceHash: sha256Hex(nonce),
        nonce,
      });
    });
    if (!record) throw new Error('no draw');
    const drawn = visitOrder(record);
    const perClass = core.db.$client.prepare(
      "SELECT id FROM subjects WHERE reg_status = '存续' AND industry_code >= 'F52' AND industry_code < 'F52\uffff' AND risk_class = ? ORDER BY RANDOM() LIMIT ?",
    );
    const finalRecord = record;
    const random = await percentiles(5, () => {
      for (const c of ['A', 'B', 'C', 'D'] as const) perClass.all(c, finalRecord.parameters.counts[c]);
    });

    const inputs = matchWorkload(drawn, record.seed, taskId);
    let teams = 0;
    const match = await percentiles(10, () => {
      teams = matchTeams(inputs).teams.length;
    });
    const naive = await percentiles(3, () => naiveMatch(inputs));

    const file = path.join(work, 'record.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'ssj-draw-export/1', draw: record, match: matchTeams(inputs) }));
    const started = performance.now();
    const verified = spawnSync(TSX, ['electron/cli/main.ts', 'draw', 'verify', file], { cwd: ROOT, encoding: 'utf8' });
    const verifySeconds = (performance.now() - started) / 1000;
    if (verified.status !== 0) throw new Error(`draw verify failed: ${verified.stderr}`);
    const startup = performance.now();
    spawnSync(TSX, ['electron/cli/main.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    const startupSeconds = (performance.now() - startup) / 1000;

    return [
      {
        name: `冻结 ${poolSize.toLocaleString('zh-CN')} 户候选名单并抽取 ${drawn.length.toLocaleString('zh-CN')} 户（4 类）p50`,
        unit: 'ms',
        value: ours.p50,
        target: '≤ 100',
        baseline: random.p50,
        baselineLabel: 'SQLite 每类 ORDER BY RANDOM() LIMIT n（不可复现）',
      },
      {
        name: `为 ${drawn.length.toLocaleString('zh-CN')} 户匹配检查组（300 名执法人员、1,000 条回避）p50`,
        unit: 'ms',
        value: match.p50,
        target: '≤ 200',
        baseline: naive.p50,
        baselineLabel: '逐户 SQL 随机挑人（不均衡、无记录）',
      },
      {
        name: `draw verify 该记录（${teams.toLocaleString('zh-CN')} 个检查组，含命令启动）`,
        unit: 's',
        value: verifySeconds,
        target: '≤ 1',
        baseline: startupSeconds,
        baselineLabel: '命令行空启动（--help）',
      },
    ];
  } finally {
    core.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
