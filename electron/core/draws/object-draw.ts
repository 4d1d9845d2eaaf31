import { canonical, sha256Hex } from '../canonical';
import { CounterRandom, partialShuffle, shuffled } from './random';

/**
 * The object draw, ssj-draw/1 — everything a third party needs to recompute a result is in the record, and this
 * file (with random.ts and canonical.ts) is all the code that does it. docs/draw-algorithm.md states it in words.
 */
export const DRAW_ALGORITHM = 'ssj-draw/1';
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
  algorithm: typeof DRAW_ALGORITHM;
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
  if (record.algorithm !== DRAW_ALGORITHM) return fail(`algorithm: 未知算法 ${String(record.algorithm)}`);
  const all = STRATA.flatMap((c) => record.pool[c] ?? []);
  if (new Set(all).size !== all.length) return fail('pool: 候选名单中有重复的对象');
  const poolHash = poolHashOf(record.pool);
  if (poolHash !== record.poolHash) return fail(`poolHash: 记录为 ${record.poolHash}，按名单重算为 ${poolHash}`);
  const nonceHash = sha256Hex(record.nonce);
  if (nonceHash !== record.nonceHash)
    return fail(`nonceHash: 记录为 ${record.nonceHash}，按 nonce 重算为 ${nonceHash}`);
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

/**
 * How many to draw from a class: its size times the ratio, rounded up (a class with candidates and a ratio above
 * zero gives at least one). Ratios are in basis points (1% = 100) so the arithmetic is exact integers.
 */
export function countFor(size: number, ratioBasisPoints: number): number {
  return Math.min(size, Math.ceil((size * ratioBasisPoints) / 10_000));
}
