import { canonical, sha256Hex } from '../canonical';
import { certificateValidity } from '../inspectors/certificate.shared';
import { recusalCovers, recusalSubject, type RecusalSubject } from '../inspectors/recusal.shared';
import { CounterRandom } from './random';

/**
 * The inspector match, ssj-match/1: for each drawn subject, in draw order, a team of enforcement officers (and
 * experts on top), picked with the same SHA-256 counter-mode numbers as the object draw. The record holds every
 * input — officers with their certificates, recusals, parameters — so anyone can recompute the teams and check
 * that no recused or uncertified officer was sent. docs/draw-algorithm.md states it in words. Whether a certificate
 * is valid for the period is the inspectors area's one rule (inspectors/certificate.shared.ts).
 */
export const MATCH_ALGORITHM = 'ssj-match/1';
/**
 * ssj-match/2: the preferred expertise is a quota — one team member with it where possible — and every other slot
 * is drawn from those without it (when any is free), so loads balance among the holders and among the rest apart.
 * ssj-match/1 let the holders compete for every slot, which could send the few holders everywhere.
 */
export const MATCH_ALGORITHM_V2 = 'ssj-match/2';
export type MatchAlgorithm = typeof MATCH_ALGORITHM | typeof MATCH_ALGORITHM_V2;

export interface MatchSubject {
  /** The subject's number in the directory, as in the draw record. */
  key: number;
  regionCode: string;
  /**
   * The registered address, recorded only when a recusal names a township (`regionName`): the name is read from it
   * (inspectors/recusal.shared.ts). Absent in every other record, so those keep their shape and seed.
   */
  address?: string;
  /** Departments owning the task's items that apply to this subject: each must send someone to a joint check. */
  departments: number[];
}

export interface MatchOfficer {
  id: number;
  departmentId: number;
  active: boolean;
  /**
   * Whether the officer has a certificate number on record (the number itself is not recorded). Records made before
   * the field existed lack it: there it counts as present, as the match then assumed, so they still verify.
   */
  hasCertNo?: boolean;
  certValidFrom: string | null;
  certValidTo: string | null;
  expertise: string[];
}

export interface MatchExpert {
  id: number;
  active: boolean;
  field: string;
}

/**
 * A subject-level recusal names the subject's key; a region-level one a region code prefix (6, 9 or 12 digits) or a
 * township by name (`regionName`, present only then), matched against the subject's address.
 */
export interface MatchRecusal {
  inspectorId: number;
  subjectKey: number | null;
  regionCode: string | null;
  regionName?: string;
}

export interface MatchParameters {
  taskId: number;
  attempt: number;
  periodStart: string;
  periodEnd: string;
  /** Enforcement officers per team, at least 2. */
  teamSize: number;
  expertsPerTeam: number;
  /** Expertise to prefer (one officer with it per team, when any is available); null when not asked for. */
  expertise: string | null;
}

export interface Team {
  key: number;
  officers: number[];
  experts: number[];
}

export interface MatchInputs {
  algorithm: MatchAlgorithm;
  /** The locked object draw's seed: the witnesses' inputs reach the match through it. */
  drawSeed: string;
  subjects: MatchSubject[];
  officers: MatchOfficer[];
  experts: MatchExpert[];
  recusals: MatchRecusal[];
  parameters: MatchParameters;
}

export interface MatchRecord extends MatchInputs {
  seed: string;
  teams: Team[];
}

/** Why a subject got no team: the department short of officers (null: the team as a whole) and the counts. */
export interface MatchShortfall {
  subjectKey: number;
  departmentId: number | null;
  experts: boolean;
  inDepartment: number;
  inactive: number;
  certificateInvalid: number;
  recused: number;
  alreadyInTeam: number;
}

export class MatchImpossible extends Error {
  constructor(readonly shortfall: MatchShortfall) {
    super(`no valid team for ${shortfall.subjectKey}`);
  }
}

export const matchSeedOf = (inputs: MatchInputs): string =>
  sha256Hex(
    canonical([
      inputs.algorithm,
      inputs.drawSeed,
      inputs.subjects,
      inputs.officers,
      inputs.experts,
      inputs.recusals,
      inputs.parameters,
    ]),
  );

/** The subject as the recusal rule reads it: its address read once per township name, whatever the officers. */
export const recusalSubjectOf = (subject: MatchSubject): RecusalSubject =>
  recusalSubject(subject.key, subject.regionCode, subject.address ?? '');

/**
 * A certificate valid through the whole period, the officer active, and no recusal covering the subject. The match
 * passes the subject prepared once (recusalSubjectOf), as it asks for every officer; a record's subject also does.
 */
export function officerProblem(
  officer: MatchOfficer,
  subject: RecusalSubject | MatchSubject,
  parameters: MatchParameters,
  recusals: readonly MatchRecusal[],
): 'inactive' | 'certificateInvalid' | 'recused' | null {
  // The four fields by name, not a spread of the officer: this runs for every officer × subject (600,000 times for a
  // large draw), and copying the whole officer each time made the match five times slower (bench: 1.1 s → 0.2 s).
  const certificate = certificateValidity(
    {
      active: officer.active,
      certValidFrom: officer.certValidFrom,
      certValidTo: officer.certValidTo,
      hasCertNo: officer.hasCertNo ?? true,
    },
    { start: parameters.periodStart, end: parameters.periodEnd },
  );
  if (certificate === 'inactive') return 'inactive';
  if (certificate !== 'valid') return 'certificateInvalid';
  if (recusals.length === 0) return null;
  const covered = 'inTownship' in subject ? subject : recusalSubjectOf(subject);
  const recused = recusals.some((r) => r.inspectorId === officer.id && recusalCovers(r, covered));
  return recused ? 'recused' : null;
}

/**
 * Teams for every subject, in order. Each pick takes, among the candidates still free for this team, those with
 * the fewest visits so far (and, while the team lacks the asked-for expertise, those who have it), and draws one
 * of them uniformly: visits spread evenly unless recusals or certificates force otherwise.
 */
export function matchTeams(inputs: MatchInputs): MatchRecord {
  const seed = matchSeedOf(inputs);
  const random = new CounterRandom(seed);
  const { parameters } = inputs;
  const officers = [...inputs.officers].sort((a, b) => a.id - b.id);
  const experts = [...inputs.experts].filter((e) => e.active).sort((a, b) => a.id - b.id);
  const recusalsOf = new Map<number, MatchRecusal[]>();
  for (const r of inputs.recusals) recusalsOf.set(r.inspectorId, [...(recusalsOf.get(r.inspectorId) ?? []), r]);
  const load = new Map<number, number>();
  const expertLoad = new Map<number, number>();

  const quota = inputs.algorithm === MATCH_ALGORITHM_V2;
  /**
   * `prefer` says whether a candidate has the expertise; `needed` whether the team still lacks it. ssj-match/1
   * narrows to the holders only while needed; ssj-match/2 also narrows to the others once the quota is met.
   */
  const pick = <T extends { id: number }>(
    candidates: T[],
    loads: Map<number, number>,
    prefer: ((c: T) => boolean) | null,
    needed: boolean,
  ) => {
    const holders = prefer ? candidates.filter(prefer) : [];
    const others = prefer ? candidates.filter((c) => !prefer(c)) : candidates;
    const pool =
      needed && holders.length > 0 ? holders : quota && prefer && !needed && others.length > 0 ? others : candidates;
    const least = Math.min(...pool.map((c) => loads.get(c.id) ?? 0));
    const tier = pool.filter((c) => (loads.get(c.id) ?? 0) === least);
    const chosen = tier[random.below(tier.length)] as T;
    loads.set(chosen.id, least + 1);
    return chosen;
  };

  const teams: Team[] = inputs.subjects.map((subject) => {
    const covered = recusalSubjectOf(subject);
    const fit = officers.filter(
      (o) =>
        subject.departments.includes(o.departmentId) &&
        officerProblem(o, covered, parameters, recusalsOf.get(o.id) ?? []) === null,
    );
    const team: MatchOfficer[] = [];
    const lacksExpertise = () =>
      parameters.expertise !== null && !team.some((o) => o.expertise.includes(parameters.expertise ?? ''));
    const prefer =
      parameters.expertise === null ? null : (o: MatchOfficer) => o.expertise.includes(parameters.expertise ?? '');
    const short = (departmentId: number | null): never => {
      throw new MatchImpossible(shortfall(subject, departmentId, officers, team, inputs, recusalsOf));
    };
    // ssj-match/2: the quota member first, among every fit holder of the expertise whatever the department, so the
    // holders share the quota evenly; a department the quota member belongs to is then covered already.
    const holders = quota && prefer ? fit.filter(prefer) : [];
    if (holders.length > 0) team.push(pick(holders, load, prefer, true));
    for (const departmentId of [...new Set(subject.departments)].sort((a, b) => a - b)) {
      if (quota && team.some((o) => o.departmentId === departmentId)) continue;
      const candidates = fit.filter((o) => o.departmentId === departmentId && !team.includes(o));
      if (candidates.length === 0) short(departmentId);
      team.push(pick(candidates, load, prefer, lacksExpertise()));
    }
    while (team.length < parameters.teamSize) {
      const candidates = fit.filter((o) => !team.includes(o));
      if (candidates.length === 0) short(null);
      team.push(pick(candidates, load, prefer, lacksExpertise()));
    }
    const sent: MatchExpert[] = [];
    for (let i = 0; i < parameters.expertsPerTeam; i += 1) {
      const candidates = experts.filter((e) => !sent.includes(e));
      if (candidates.length === 0) {
        throw new MatchImpossible({ ...shortfall(subject, null, officers, team, inputs, recusalsOf), experts: true });
      }
      const inField = parameters.expertise === null ? null : (e: MatchExpert) => e.field === parameters.expertise;
      // ssj-match/1 preferred the field for every expert slot; ssj-match/2 for the first (the quota) only.
      const needed = inField !== null && (!quota || !sent.some(inField));
      sent.push(pick(candidates, expertLoad, inField, needed));
    }
    return {
      key: subject.key,
      officers: team.map((o) => o.id).sort((a, b) => a - b),
      experts: sent.map((e) => e.id).sort((a, b) => a - b),
    };
  });
  return { ...inputs, seed, teams };
}

function shortfall(
  subject: MatchSubject,
  departmentId: number | null,
  officers: MatchOfficer[],
  team: MatchOfficer[],
  inputs: MatchInputs,
  recusalsOf: Map<number, MatchRecusal[]>,
): MatchShortfall {
  const inScope = officers.filter((o) =>
    departmentId === null ? subject.departments.includes(o.departmentId) : o.departmentId === departmentId,
  );
  const covered = recusalSubjectOf(subject);
  const count = (problem: string) =>
    inScope.filter((o) => officerProblem(o, covered, inputs.parameters, recusalsOf.get(o.id) ?? []) === problem).length;
  return {
    subjectKey: subject.key,
    departmentId,
    experts: false,
    inDepartment: inScope.length,
    inactive: count('inactive'),
    certificateInvalid: count('certificateInvalid'),
    recused: count('recused'),
    alreadyInTeam: team.filter((o) => inScope.includes(o)).length,
  };
}

/** Recomputes the teams from the record's inputs and names the first difference. */
export function verifyMatch(record: MatchRecord): { ok: true } | { ok: false; difference: string } {
  if (record.algorithm !== MATCH_ALGORITHM && record.algorithm !== MATCH_ALGORITHM_V2)
    return { ok: false, difference: `algorithm: 未知算法 ${String(record.algorithm)}` };
  // A township name is read from the subjects' addresses: a record naming one must carry every address.
  if (record.recusals.some((r) => r.regionName)) {
    const index = record.subjects.findIndex((s) => s.address === undefined);
    if (index >= 0)
      return {
        ok: false,
        difference: `subjects[${index}].address: 记录中有按乡镇街道名称的回避，但该对象没有登记地址，无法核对回避`,
      };
  }
  let again: MatchRecord;
  try {
    again = matchTeams(record);
  } catch (error) {
    return {
      ok: false,
      difference: `teams: 按记录无法组队（${error instanceof Error ? error.message : String(error)}）`,
    };
  }
  if (again.seed !== record.seed) return { ok: false, difference: `seed: 记录为 ${record.seed}，重算为 ${again.seed}` };
  for (let i = 0; i < Math.max(again.teams.length, record.teams.length); i += 1) {
    if (canonical(again.teams[i] ?? null) !== canonical(record.teams[i] ?? null)) {
      return {
        ok: false,
        difference: `teams[${i}]: 记录与重算的检查组不同（对象 ${again.teams[i]?.key ?? record.teams[i]?.key}）`,
      };
    }
  }
  return { ok: true };
}
