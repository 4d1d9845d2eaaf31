import { describe, expect, it } from 'vitest';
import { countFor, roundingOf } from '../../electron/core/draws/object-draw';
import {
  MATCH_ALGORITHM,
  MATCH_ALGORITHM_V2,
  matchTeams,
  type MatchAlgorithm,
  type MatchInputs,
} from '../../electron/core/draws/team-match';

describe('rounding within a general item’s cap (ssj-draw/2)', () => {
  it('rounds up, unless that goes over the cap: then the largest count within it, but at least one', () => {
    // 5% of 30 is 1.5: rounding up gives 2 = 6.67% > the 5% cap, so 1 (3.33%).
    expect(roundingOf(30, 500, 500)).toEqual({ count: 1, note: 'withinCap' });
    expect(roundingOf(30, 500, null)).toEqual({ count: 2, note: 'roundedUp' });
    // 5% of 10 is 0.5: within the cap that is 0, but a non-empty stratum with a ratio above 0 draws one.
    expect(roundingOf(10, 500, 500)).toEqual({ count: 1, note: 'atLeastOne' });
    // Exact products and caps above the ratio change nothing.
    expect(roundingOf(40, 500, 500)).toEqual({ count: 2, note: 'exact' });
    expect(roundingOf(30, 500, 1000)).toEqual({ count: 2, note: 'roundedUp' });
    expect(roundingOf(0, 500, 500)).toEqual({ count: 0, note: 'none' });
    expect(roundingOf(30, 0, 500)).toEqual({ count: 0, note: 'none' });
    expect(countFor(30, 500, 500)).toBe(1);
    expect(countFor(30, 500)).toBe(2);
  });
});

/** 25 officers in two departments, the first two (one in each) with the asked-for expertise; 59 subjects. */
function quotaCase(algorithm: MatchAlgorithm, teamSize: number, departments: number[]): MatchInputs {
  return {
    algorithm,
    drawSeed: 'ab'.repeat(32),
    subjects: Array.from({ length: 59 }, (_, i) => ({ key: i + 1, regionCode: '150222', departments })),
    officers: Array.from({ length: 25 }, (_, i) => ({
      id: i + 1,
      departmentId: departments.length === 1 ? 1 : (i % 2) + 1,
      active: true,
      hasCertNo: true,
      certValidFrom: null,
      certValidTo: '2030-12-31',
      expertise: i < 2 ? ['食品安全'] : [],
    })),
    experts: [],
    recusals: [],
    parameters: {
      taskId: 1,
      attempt: 1,
      periodStart: '2026-04-01',
      periodEnd: '2026-10-31',
      teamSize,
      expertsPerTeam: 0,
      expertise: '食品安全',
    },
  };
}

function spreads(algorithm: MatchAlgorithm, teamSize: number, departments: number[]) {
  const record = matchTeams(quotaCase(algorithm, teamSize, departments));
  const load = new Map<number, number>();
  for (const team of record.teams) for (const id of team.officers) load.set(id, (load.get(id) ?? 0) + 1);
  const holders = [1, 2].map((id) => load.get(id) ?? 0);
  const rest = Array.from({ length: 23 }, (_, i) => load.get(i + 3) ?? 0);
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  return {
    holders: spread(holders),
    rest: spread(rest),
    teamsWithExpertise: record.teams.filter((t) => t.officers.some((id) => id <= 2)).length,
  };
}

describe('expertise is a quota, not a licence to take every slot (ssj-match/2)', () => {
  for (const [teamSize, departments] of [
    [2, [1]],
    [3, [1]],
    [2, [1, 2]],
    [4, [1, 2]],
  ] as const) {
    it(`one holder per team, loads within 1 among holders and among the rest (team of ${teamSize}, departments ${departments.join('+')})`, () => {
      expect(spreads(MATCH_ALGORITHM_V2, teamSize, [...departments])).toEqual({
        holders: expect.any(Number) as number,
        rest: expect.any(Number) as number,
        teamsWithExpertise: 59,
      });
      const { holders, rest } = spreads(MATCH_ALGORITHM_V2, teamSize, [...departments]);
      expect(holders).toBeLessThanOrEqual(1);
      expect(rest).toBeLessThanOrEqual(1);
    });
  }

  it('ssj-match/1 (kept for old records) did not: with the holders in two departments one took every team', () => {
    const { holders, rest } = spreads(MATCH_ALGORITHM, 2, [1, 2]);
    expect(holders).toBeGreaterThan(1);
    expect(rest).toBeGreaterThan(1);
  });
});
