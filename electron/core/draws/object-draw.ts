import { canonical, sha256Hex } from '../canonical';
import { CounterRandom, partialShuffle, shuffled } from './random';
import type { RoundingNote } from './rounding.shared';
import { TARGET_FLAGS, targetFlagsOf, type TargetFlag } from '../subjects/target-flags.shared';

/**
 * The object draw, ssj-draw/1 — everything a third party needs to recompute a result is in the record, and this
 * file (with random.ts and canonical.ts) is all the code that does it. docs/draw-algorithm.md states it in words.
 */
export const DRAW_ALGORITHM = 'ssj-draw/1';
/**
 * ssj-draw/2: the same draw; the parameters also carry the planned ratios, the caps and the rounding rule (so the
 * counts can be checked), how the pool was formed, this attempt's redraw reason and the earlier attempts.
 */
export const DRAW_ALGORITHM_V2 = 'ssj-draw/2';
export type DrawAlgorithm = typeof DRAW_ALGORITHM | typeof DRAW_ALGORITHM_V2;
/** The rounding rule of ssj-draw/2, by name (countFor states it). */
export const ROUNDING_RULE = 'ceil-within-cap-min1';
/**
 * The strata drawn from, in this order: the four credit-risk classes, then P — subjects penalised in the last three
 * years that the plan samples at a ratio of their own (empty when the plan sets none; penalised class-D subjects
 * stay in D, already the highest).
 */
export const STRATA = ['A', 'B', 'C', 'D', 'P'] as const;
export type Stratum = (typeof STRATA)[number];

/**
 * The frozen candidates per stratum: subject numbers of the office's directory, in frozen order. Numbers, not
 * USCCs, so a record can be shown to anyone without telling which business sits in which (internal) risk class.
 */
export type DrawPool = Record<Stratum, number[]>;

export interface DrawParameters {
  taskId: number;
  taskName: string;
  attempt: number;
  /** How many to draw from each stratum (already rounded; the ratios behind them are shown beside). */
  counts: Record<Stratum, number>;
  /** When set, the inspection order is drawn too, in batches of this many (key items with a high ratio). */
  batchSize: number | null;
  /**
   * Present only when the task replaces a cancelled task (作废后重建): which one, the office's date it was cancelled
   * on, who approved it and why. Part of the seed like every parameter, so it cannot be added or removed afterwards.
   */
  replaces?: DrawReplaces;
  /** ssj-draw/2 only (absent in ssj-draw/1 records, and then not in the seed's canonical JSON). */
  ratios?: Record<Stratum, number>;
  caps?: Record<Stratum, number | null>;
  rounding?: typeof ROUNDING_RULE;
  poolFormation?: PoolFormation;
  redraw?: { reason: string; approver: string } | null;
  earlierAttempts?: EarlierAttempt[];
}

/**
 * How the pool was formed: the task's scope, whether P is drawn apart and which flags formed it (a subject with any
 * of them; absent in records made before the setting existed, which mean the penalty flag only), and who was left
 * out and why (counts).
 */
export interface PoolFormation {
  scope: Record<string, string | number | boolean>;
  penalizedApart: boolean;
  targetFlags?: TargetFlag[];
  excluded: { frequencyCap: number };
}

/** An earlier attempt of the same task, as it stood when this one was opened. */
export interface EarlierAttempt {
  attempt: number;
  status: 'superseded' | 'open' | 'drawn';
  reason: string;
  approver: string;
  poolHash: string;
  nonceHash: string;
  seed: string | null;
}

export interface DrawReplaces {
  taskId: number;
  taskName: string;
  cancelledOn: string;
  approver: string;
  reason: string;
}

export interface WitnessInput {
  name: string;
  value: string;
}

export interface DrawRecord {
  algorithm: DrawAlgorithm;
  pool: DrawPool;
  poolHash: string;
  parameters: DrawParameters;
  witnesses: WitnessInput[];
  /** SHA-256 of the nonce, shown before any witness typed: the system could not pick the nonce afterwards. */
  nonceHash: string;
  nonce: string;
  seed: string;
  result: DrawResult;
}

export interface DrawResult {
  /** The drawn keys per class, in the order drawn. */
  selected: Record<Stratum, number[]>;
  /** The drawn order of inspection, cut into batches; null when the task does not draw one. */
  batches: number[][] | null;
}

export const poolHashOf = (pool: DrawPool): string => sha256Hex(canonical(pool));

/** Seed = SHA-256 of the canonical JSON array [poolHash, parameters, witnesses, nonce]. */
export const seedOf = (r: Pick<DrawRecord, 'poolHash' | 'parameters' | 'witnesses' | 'nonce'>): string =>
  sha256Hex(canonical([r.poolHash, r.parameters, r.witnesses, r.nonce]));

/** Strata A, B, C, D, P in turn from one stream of numbers; then, if asked, the batch order of all drawn subjects. */
export function drawFrom(pool: DrawPool, parameters: DrawParameters, seed: string): DrawResult {
  const random = new CounterRandom(seed);
  const selected = {} as Record<Stratum, number[]>;
  for (const c of STRATA) {
    const candidates = pool[c];
    const count = parameters.counts[c];
    if (count > candidates.length) throw new Error(`stratum ${c}: cannot draw ${count} of ${candidates.length}`);
    selected[c] = partialShuffle(candidates.length, count, random).map((i) => candidates[i] ?? 0);
  }
  let batches: number[][] | null = null;
  if (parameters.batchSize !== null) {
    const order = shuffled(
      STRATA.flatMap((c) => selected[c]),
      random,
    );
    batches = [];
    for (let i = 0; i < order.length; i += parameters.batchSize) batches.push(order.slice(i, i + parameters.batchSize));
  }
  return { selected, batches };
}

/** Builds the complete record once the nonce is revealed. */
export function completeDraw(inputs: Omit<DrawRecord, 'seed' | 'result'>): DrawRecord {
  const seed = seedOf(inputs);
  return { ...inputs, seed, result: drawFrom(inputs.pool, inputs.parameters, seed) };
}

export type Verdict = { ok: true } | { ok: false; difference: string };

/** Recomputes a record from its own inputs and names the first thing that does not match. */
export function verifyDraw(record: DrawRecord): Verdict {
  const fail = (difference: string): Verdict => ({ ok: false, difference });
  if (record.algorithm !== DRAW_ALGORITHM && record.algorithm !== DRAW_ALGORITHM_V2)
    return fail(`algorithm: 未知算法 ${String(record.algorithm)}`);
  const all = STRATA.flatMap((c) => record.pool[c] ?? []);
  if (new Set(all).size !== all.length) return fail('pool: 候选名单中有重复的对象');
  const poolHash = poolHashOf(record.pool);
  if (poolHash !== record.poolHash) return fail(`poolHash: 记录为 ${record.poolHash}，按名单重算为 ${poolHash}`);
  const nonceHash = sha256Hex(record.nonce);
  if (nonceHash !== record.nonceHash)
    return fail(`nonceHash: 记录为 ${record.nonceHash}，按 nonce 重算为 ${nonceHash}`);
  if (record.algorithm === DRAW_ALGORITHM_V2) {
    const planned = verifyPlanned(record);
    if (planned) return fail(planned);
  }
  const seed = seedOf(record);
  if (seed !== record.seed) return fail(`seed: 记录为 ${record.seed}，重算为 ${seed}`);
  let result: DrawResult;
  try {
    result = drawFrom(record.pool, record.parameters, seed);
  } catch (error) {
    return fail(`parameters: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const c of STRATA) {
    const expected = result.selected[c];
    const actual = record.result.selected[c] ?? [];
    const at = firstDifference(expected, actual);
    if (at !== null)
      return fail(`result.selected.${c}[${at}]: 记录为 ${actual[at] ?? '（无）'}，重算为 ${expected[at] ?? '（无）'}`);
  }
  if (canonical(result.batches) !== canonical(record.result.batches ?? null))
    return fail('result.batches: 检查批次顺序与重算结果不符');
  return { ok: true };
}

function firstDifference(a: number[], b: number[]): number | null {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) if (a[i] !== b[i]) return i;
  return null;
}

/** ssj-draw/2: the counts follow from the pool, the planned ratios and the caps; the attempts are complete. */
function verifyPlanned(record: DrawRecord): string | null {
  const { ratios, caps, attempt, earlierAttempts = [] } = record.parameters;
  if (!ratios || !caps) return 'parameters: 缺少计划比例或上限';
  for (const c of STRATA) {
    const size = record.pool[c].length;
    const expected = countFor(size, ratios[c], caps[c]);
    if (record.parameters.counts[c] !== expected)
      return `parameters.counts.${c}: 记录为 ${record.parameters.counts[c]}，按候选 ${size} 户、比例 ${ratios[c] / 100}%${caps[c] === null ? '' : `、上限 ${caps[c] / 100}%`} 应为 ${expected}`;
  }
  const flags = targetFlagsProblem(record.parameters.poolFormation);
  if (flags) return flags;
  const numbers = earlierAttempts.map((a) => a.attempt).join(',');
  const wanted = Array.from({ length: attempt - 1 }, (_, i) => i + 1).join(',');
  if (numbers !== wanted)
    return `parameters.earlierAttempts: 应依次列出第 1 至 ${attempt - 1} 次抽取，记录为 [${numbers}]`;
  return null;
}

/**
 * The flags that formed stratum P are named only when P was drawn apart, each once, in the canonical order
 * (TARGET_FLAGS: penalized3y, complaintVerified, abnormal, seriousIllegal), so one set of flags has one spelling.
 */
function targetFlagsProblem(formation: PoolFormation | undefined): string | null {
  const flags = formation?.targetFlags;
  if (!formation || flags === undefined) return null;
  if (!formation.penalizedApart)
    return 'parameters.poolFormation.targetFlags: P 层未单列（penalizedApart 为 false），不应列出构成 P 层的标记';
  if (flags.join() !== targetFlagsOf(flags).join())
    return `parameters.poolFormation.targetFlags: 应按 ${TARGET_FLAGS.join('、')} 的顺序各列一次，记录为 [${flags.join(',')}]`;
  return null;
}

/**
 * How many to draw from a stratum of `size` at `ratioBasisPoints` (1% = 100, so the arithmetic is exact integers):
 * the size times the ratio, rounded up; when rounding up would take the count over the cap (a general item's ratio
 * cap, `capBasisPoints`), the largest count within the cap instead — except that a stratum with candidates and a
 * ratio above zero draws at least one. Never more than the stratum holds. With no cap this is ssj-draw/1's rule.
 */
export function countFor(size: number, ratioBasisPoints: number, capBasisPoints: number | null = null): number {
  return Math.min(size, roundingOf(size, ratioBasisPoints, capBasisPoints).count);
}

/** The count and which part of the rounding rule decided it, as the panel, the record and the PDF say it. */
export function roundingOf(
  size: number,
  ratioBasisPoints: number,
  capBasisPoints: number | null,
): { count: number; note: RoundingNote } {
  if (size === 0 || ratioBasisPoints === 0) return { count: 0, note: 'none' };
  const product = size * ratioBasisPoints;
  const up = Math.min(size, Math.ceil(product / 10_000));
  if (capBasisPoints === null || up * 10_000 <= size * capBasisPoints)
    return { count: up, note: product % 10_000 === 0 ? 'exact' : 'roundedUp' };
  const within = Math.floor((size * capBasisPoints) / 10_000);
  return within >= 1 ? { count: within, note: 'withinCap' } : { count: 1, note: 'atLeastOne' };
}
