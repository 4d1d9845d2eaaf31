import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../electron/core/canonical';
import {
  STRATA,
  completeDraw,
  countFor,
  DRAW_ALGORITHM,
  poolHashOf,
  verifyDraw,
  type DrawPool,
  type DrawRecord,
} from '../../electron/core/draws/object-draw';
import { CounterRandom, partialShuffle } from '../../electron/core/draws/random';
import {
  MATCH_ALGORITHM,
  MatchImpossible,
  matchTeams,
  officerProblem,
  verifyMatch,
  type MatchInputs,
  type MatchOfficer,
} from '../../electron/core/draws/team-match';

const RUNS = { seed: 20261122, numRuns: 200 };

function record(
  pool: DrawPool,
  counts: Record<(typeof STRATA)[number], number>,
  nonce: string,
  batchSize: number | null,
) {
  return completeDraw({
    algorithm: DRAW_ALGORITHM,
    pool,
    poolHash: poolHashOf(pool),
    parameters: { taskId: 7, taskName: '食品经营抽查', attempt: 1, counts, batchSize },
    witnesses: [{ name: '监督人甲', value: '31415' }],
    nonceHash: sha256Hex(nonce),
    nonce,
  });
}

/** A pool of 0–60 distinct keys per class, counts within each class, and a nonce. */
const drawCase = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 0, maxLength: 240 }),
    fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
    fc.stringMatching(/^[0-9a-f]{8,32}$/),
    fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  )
  .map(([keys, picks, nonce, batchSize]) => {
    const pool: DrawPool = { A: [], B: [], C: [], D: [], P: [] };
    keys.forEach((key, i) => pool[STRATA[i % 5] ?? 'A'].push(key));
    const counts = { A: 0, B: 0, C: 0, D: 0, P: 0 };
    STRATA.forEach((c, i) => (counts[c] = (picks[i] ?? 0) % (pool[c].length + 1)));
    return { pool, counts, nonce, batchSize };
  });

describe('the object draw (ssj-draw/1)', () => {
  it('gives the same result for the same record, exact counts per class, no duplicates, all from the pool', () => {
    fc.assert(
      fc.property(drawCase, ({ pool, counts, nonce, batchSize }) => {
        const a = record(pool, counts, nonce, batchSize);
        const b = record(pool, counts, nonce, batchSize);
        expect(b).toEqual(a);
        expect(verifyDraw(a)).toEqual({ ok: true });
        for (const c of STRATA) {
          expect(a.result.selected[c]).toHaveLength(counts[c]);
          expect(new Set(a.result.selected[c]).size).toBe(counts[c]);
          for (const key of a.result.selected[c]) expect(pool[c]).toContain(key);
        }
        if (batchSize !== null) {
          const ordered = a.result.batches?.flat() ?? [];
          expect([...ordered].sort()).toEqual(STRATA.flatMap((c) => a.result.selected[c]).sort());
          expect(a.result.batches?.every((batch) => batch.length <= batchSize)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('fails verification when any field of the record is tampered with', () => {
    const pool: DrawPool = {
      A: [11, 12, 13, 14],
      B: [21, 22, 23, 24, 25],
      C: [31, 32, 33],
      D: [41, 42],
      P: [51, 52, 53],
    };
    const good = record(pool, { A: 1, B: 2, C: 1, D: 2, P: 2 }, 'c0ffee', 2);
    const tamperings: [string, (r: DrawRecord) => void][] = [
      ['pool entry', (r) => (r.pool.B[0] = 29)],
      ['pool order', (r) => r.pool.A.reverse()],
      ['poolHash', (r) => (r.poolHash = sha256Hex('other'))],
      ['count', (r) => (r.parameters.counts.A = 2)],
      ['task name', (r) => (r.parameters.taskName = '另一个任务')],
      ['attempt', (r) => (r.parameters.attempt = 2)],
      ['batch size', (r) => (r.parameters.batchSize = 3)],
      ['witness', (r) => ((r.witnesses[0] as { value: string }).value = '31416')],
      ['nonce', (r) => (r.nonce = 'c0ffef')],
      ['nonceHash', (r) => (r.nonceHash = sha256Hex('x'))],
      ['seed', (r) => (r.seed = sha256Hex('seed'))],
      ['result', (r) => (r.result.selected.B[0] = r.pool.B.find((k) => !r.result.selected.B.includes(k)) ?? 0)],
      ['result order', (r) => r.result.selected.B.reverse()],
      ['penalised stratum', (r) => r.result.selected.P.reverse()],
      ['batches', (r) => r.result.batches?.reverse()],
      ['algorithm', (r) => ((r as { algorithm: string }).algorithm = 'ssj-draw/0')],
    ];
    for (const [what, tamper] of tamperings) {
      const copy = structuredClone(good);
      tamper(copy);
      expect(verifyDraw(copy).ok, what).toBe(false);
    }
    expect(verifyDraw(structuredClone(good))).toEqual({ ok: true });
  });

  it('selects every candidate equally often over many seeds (chi-square, fixed seeds)', () => {
    const n = 20;
    const k = 5;
    const rounds = 4000;
    const hits = new Array<number>(n).fill(0);
    for (let i = 0; i < rounds; i += 1) {
      for (const index of partialShuffle(n, k, new CounterRandom(sha256Hex(`seed-${i}`))))
        hits[index] = (hits[index] ?? 0) + 1;
    }
    const expected = (rounds * k) / n;
    const chiSquare = hits.reduce((sum, h) => sum + (h - expected) ** 2 / expected, 0);
    // 19 degrees of freedom; 43.82 is the 0.999 quantile, so a fair draw fails this 1 time in 1,000 seeds-sets.
    expect(chiSquare).toBeLessThan(43.82);
  });

  it('draws no value more often than another in below(n), even where 2^32 is not a multiple of n', () => {
    const random = new CounterRandom(sha256Hex('below'));
    const n = 3;
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i += 1) {
      const value = random.below(n);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    const chiSquare = counts.reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
    expect(chiSquare).toBeLessThan(13.82); // 2 d.o.f., 0.999 quantile
  });

  it('rounds class counts up from the ratio, in exact integers', () => {
    expect(countFor(0, 500)).toBe(0);
    expect(countFor(1, 100)).toBe(1);
    expect(countFor(1000, 250)).toBe(25);
    expect(countFor(1001, 250)).toBe(26);
    expect(countFor(7, 10_000)).toBe(7);
  });
});

/** Officers of three departments with random certificates, activity, expertise and recusals; 1–12 subjects. */
const matchCase = fc
  .record({
    officers: fc.array(
      fc.record({
        departmentId: fc.integer({ min: 1, max: 3 }),
        active: fc.boolean(),
        validTo: fc.constantFrom('2026-06-30', '2026-12-31', '2027-12-31', null),
        expert: fc.boolean(),
      }),
      { minLength: 0, maxLength: 14 },
    ),
    subjects: fc.array(
      fc.record({
        region: fc.constantFrom('150222', '150223'),
        departments: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    recusals: fc.array(fc.tuple(fc.nat(20), fc.nat(12), fc.boolean()), { maxLength: 8 }),
    teamSize: fc.integer({ min: 2, max: 3 }),
  })
  .map(({ officers, subjects, recusals, teamSize }): MatchInputs => ({
    algorithm: MATCH_ALGORITHM,
    drawSeed: sha256Hex('draw'),
    subjects: subjects.map((s, i) => ({ key: i + 1, regionCode: s.region, departments: s.departments })),
    officers: officers.map((o, i): MatchOfficer => ({
      id: i + 1,
      departmentId: o.departmentId,
      active: o.active,
      certValidFrom: '2020-01-01',
      certValidTo: o.validTo,
      expertise: o.expert ? ['食品'] : [],
    })),
    experts: [],
    recusals: recusals.map(([officer, subject, byRegion]) => ({
      inspectorId: officer + 1,
      subjectKey: byRegion ? null : subject + 1,
      regionCode: byRegion ? '150223' : null,
    })),
    parameters: {
      taskId: 1,
      attempt: 1,
      periodStart: '2026-09-01',
      periodEnd: '2026-11-30',
      teamSize,
      expertsPerTeam: 0,
      expertise: '食品',
    },
  }));

/** One department whose officers may all go everywhere: no recusals, certificates valid well past the period. */
function everyoneEligible(officerCount: number, subjectCount: number): MatchInputs {
  return {
    algorithm: MATCH_ALGORITHM,
    drawSeed: sha256Hex(`${officerCount}-${subjectCount}`),
    subjects: Array.from({ length: subjectCount }, (_, i) => ({ key: i + 1, regionCode: '150222', departments: [1] })),
    officers: Array.from({ length: officerCount }, (_, i) => ({
      id: i + 1,
      departmentId: 1,
      active: true,
      certValidFrom: null,
      certValidTo: '2030-01-01',
      expertise: [],
    })),
    experts: [],
    recusals: [],
    parameters: {
      taskId: 1,
      attempt: 1,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      teamSize: 2,
      expertsPerTeam: 0,
      expertise: null,
    },
  };
}

describe('the inspector match (ssj-match/1)', () => {
  it('never sends a recused, inactive or uncertified officer, covers every department, and verifies', () => {
    fc.assert(
      fc.property(matchCase, (inputs) => {
        let matched;
        try {
          matched = matchTeams(inputs);
        } catch (error) {
          expect(error).toBeInstanceOf(MatchImpossible);
          return;
        }
        expect(verifyMatch(matched)).toEqual({ ok: true });
        matched.teams.forEach((team, i) => {
          const subject = inputs.subjects[i]!;
          expect(team.key).toBe(subject.key);
          expect(new Set(team.officers).size).toBe(team.officers.length);
          expect(team.officers.length).toBeGreaterThanOrEqual(inputs.parameters.teamSize);
          const members = team.officers.map((id) => inputs.officers.find((o) => o.id === id)!);
          for (const officer of members) {
            expect(officerProblem(officer, subject, inputs.parameters, inputs.recusals)).toBeNull();
            expect(subject.departments).toContain(officer.departmentId);
          }
          for (const d of subject.departments) expect(members.some((o) => o.departmentId === d)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('spreads visits evenly when every officer may go everywhere: nobody above the fair share + 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 120 }), (officerCount, subjectCount) => {
        const inputs = everyoneEligible(officerCount, subjectCount);
        const visits = new Map<number, number>();
        for (const team of matchTeams(inputs).teams)
          for (const id of team.officers) visits.set(id, (visits.get(id) ?? 0) + 1);
        const fairShare = Math.ceil((subjectCount * 2) / officerCount);
        expect(Math.max(...visits.values())).toBeLessThanOrEqual(fairShare + 1);
      }),
      RUNS,
    );
  });

  it('fails tampered match records', () => {
    const inputs = everyoneEligible(3, 1);
    const good = matchTeams(inputs);
    expect(verifyMatch(good)).toEqual({ ok: true });
    const other = [1, 2, 3].find((id) => !good.teams[0]!.officers.includes(id))!;
    const swapped = structuredClone(good);
    swapped.teams[0]!.officers[0] = other;
    expect(verifyMatch(swapped).ok).toBe(false);
    const recused = structuredClone(good);
    recused.recusals.push({ inspectorId: good.teams[0]!.officers[0]!, subjectKey: 1, regionCode: null });
    expect(verifyMatch(recused).ok).toBe(false);
  });
});
