import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyExported } from '../../electron/core/draws';
import type { ExportedDraw } from '../../electron/core/draws/result';
import { expectOk, openTestCore, setUpOffice, withToken, type OkCall, type TestCore } from '../support/core';
import { countyWithTask } from '../support/draws';

/** A record exported by the code before ssj-draw/2 (ssj-draw/1 and ssj-match/1, export format 1). */
const oldFile = path.join(__dirname, '../fixtures/draws/export-before-cert-number.json');
type Loose = Record<string, unknown>;
interface Doc {
  draw: { pool: Loose; parameters: Loose & { counts: Loose }; witnesses: Loose[] };
  match: { officers: Loose[]; teams: Loose[]; experts: Loose[] };
  [key: string]: unknown;
}
const oldRecord = () => JSON.parse(fs.readFileSync(oldFile, 'utf8')) as Doc;
const differenceOf = (verdict: ReturnType<typeof verifyExported>) => (verdict.ok ? '' : verdict.difference);

describe('draw verify refuses fields the format does not define', () => {
  it('still verifies a record made before ssj-draw/2 under its own version', () => {
    expect(verifyExported(oldRecord())).toMatchObject({ ok: true });
  });

  const cases: [string, (r: Doc) => void, string][] = [
    ['an invented stratum', (r) => (r.draw.pool.E = [99]), 'draw.pool: 记录格式不允许的字段 “E”'],
    ['an invented count', (r) => (r.draw.parameters.counts.E = 1), 'draw.parameters.counts: 记录格式不允许的字段 “E”'],
    ['an extra parameter', (r) => (r.draw.parameters.note = '已复核'), 'draw.parameters: 记录格式不允许的字段 “note”'],
    [
      'a witness field',
      (r) => ((r.draw.witnesses[0] ?? {}).title = '纪检'),
      'draw.witnesses.0: 记录格式不允许的字段 “title”',
    ],
    [
      'an officer field',
      (r) => ((r.match.officers[0] ?? {}).rank = '科长'),
      'match.officers.0: 记录格式不允许的字段 “rank”',
    ],
    ['a team field', (r) => ((r.match.teams[0] ?? {}).leader = 1), 'match.teams.0: 记录格式不允许的字段 “leader”'],
    ['a top-level field', (r) => (r.signedBy = '局长'), '文件: 记录格式不允许的字段 “signedBy”'],
    ['an expert field', (r) => void r.match.experts.push({ id: 9, active: true, field: '食品', x: 1 }), '“x”'],
  ];
  for (const [what, tamper, message] of cases) {
    it(`refuses ${what}, naming the field`, () => {
      const record = oldRecord();
      tamper(record);
      expect(differenceOf(verifyExported(record))).toContain(message);
    });
  }
});

describe('the ssj-draw/2 record: what a verifier needs, and anchors that keep the match', () => {
  let t: TestCore;
  let admin: string;
  beforeEach(async () => {
    t = openTestCore();
    admin = await setUpOffice(t.core);
  });
  afterEach(() => t.cleanup());
  const ok: OkCall = (method, input) => expectOk(t.core, withToken(admin), method, input);
  const exported = async (taskId: number) => {
    const { download } = await ok('draws.export', { taskId });
    return JSON.parse(fs.readFileSync(t.core.files.downloadPath(download) ?? '', 'utf8')) as ExportedDraw;
  };

  it('records ratios, caps, rounding, pool formation and earlier attempts, and refuses a removed match', async () => {
    const { taskId } = await countyWithTask(t.core, admin);
    const first = await ok('draws.open', { taskId });
    await ok('draws.run', { drawId: first.id, witnesses: [{ name: '李监督', value: '20260415' }] });
    const second = await ok('draws.open', { taskId, reason: '监督人数字录入有误', approver: '张局长' });
    await ok('draws.run', { drawId: second.id, witnesses: [{ name: '李监督', value: '20260416' }] });
    // Each stratum's count is shown with its planned ratio, the binding cap, the realised ratio and the rounding's reason.
    expect(second.counting.map((c) => [c.stratum, c.size, c.ratio, c.cap, c.count, c.realised, c.note])).toEqual([
      ['A', 10, 10, 50, 1, 10, 'exact'],
      ['B', 10, 20, 50, 2, 20, 'exact'],
      ['C', 10, 30, 50, 3, 30, 'exact'],
      ['D', 10, 50, 50, 5, 50, 'exact'],
      ['P', 0, 0, 50, 0, 0, 'none'],
    ]);
    await ok('draws.lock', { drawId: second.id });
    await ok('draws.match', { taskId });

    const file = await exported(taskId);
    expect(file.format).toBe('ssj-draw-export/2');
    expect(file.draw.algorithm).toBe('ssj-draw/2');
    expect(file.match?.algorithm).toBe('ssj-match/2');
    const p = file.draw.parameters;
    expect(p.ratios).toEqual({ A: 1000, B: 2000, C: 3000, D: 5000, P: 0 });
    expect(p.caps).toEqual({ A: 5000, B: 5000, C: 5000, D: 5000, P: 5000 });
    expect(p.rounding).toBe('ceil-within-cap-min1');
    expect(p.poolFormation).toEqual({
      scope: { industryCode: 'F52' },
      penalizedApart: false,
      excluded: { frequencyCap: 0 },
    });
    expect(p.redraw).toEqual({ reason: '监督人数字录入有误', approver: '张局长' });
    expect(p.earlierAttempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        status: 'superseded',
        poolHash: first.poolHash,
        nonceHash: first.nonceHash,
      }),
    ]);
    expect(file.anchors.map((a) => a.step)).toEqual(['open', 'run', 'lock', 'match']);
    expect(verifyExported(file)).toMatchObject({ ok: true });

    // The counts are checked against the recorded ratios and the rounding rule (the seed is checked after).
    const miscounted = structuredClone(file);
    miscounted.draw.parameters.counts.D = 4;
    expect(differenceOf(verifyExported(miscounted))).toContain('draw.parameters.counts.D: 记录为 4');

    // A file whose match was taken out still names the match's audit entry: refused.
    const unmatched = { ...structuredClone(file), match: null };
    expect(differenceOf(verifyExported(unmatched))).toContain('匹配记录被删去');
    // The anchors must come in the order of the ceremony: open before run (the nonce committed before any witness).
    const reordered = structuredClone(file);
    reordered.anchors = [reordered.anchors[1]!, reordered.anchors[0]!, ...reordered.anchors.slice(2)];
    expect(verifyExported(reordered)).toMatchObject({ ok: false });

    // The public form: commitments, witness inputs, seed and the drawn list, without the pool or any class.
    const { download } = await ok('draws.export', { taskId, public: true });
    const text = fs.readFileSync(t.core.files.downloadPath(download) ?? '', 'utf8');
    const form = JSON.parse(text) as { format: string; drawn: number[]; pool?: unknown; result?: unknown };
    expect(form.format).toBe('ssj-draw-public/1');
    expect(form.pool).toBeUndefined();
    expect(form.result).toBeUndefined();
    expect(form.drawn).toEqual([...form.drawn].sort((a, b) => a - b));
    const published = { poolHash: file.draw.poolHash, nonceHash: file.draw.nonceHash };
    expect(verifyExported(form, published)).toMatchObject({ ok: true });
    expect(differenceOf(verifyExported(form, { poolHash: '0'.repeat(64) }))).toContain('公布的候选名单哈希');
    expect(differenceOf(verifyExported({ ...form, seed: '1'.repeat(64) }, published))).toContain('seed');
  });
});
