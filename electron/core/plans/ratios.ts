import {
  isDefaultTargetFlags,
  targetedStratumLabel,
  targetFlagsOf,
  type TargetFlag,
} from '../subjects/target-flags.shared';
import type { Ratios } from './schemas';

/**
 * Ratios are typed in percent and stored in basis points (1% = 100), so counts are exact integer arithmetic. The
 * targeted stratum's ratio keeps the key `penalized`; `targetFlags` is stored only when the stratum is drawn apart
 * and formed by other flags than the default (the penalty flag), so every plan stored before reads as it did.
 */
export type StoredRatios = ({ all: number } | { A: number; B: number; C: number; D: number }) & {
  penalized?: number;
  targetFlags?: TargetFlag[];
};

const bp = (percent: number): number => Math.round(percent * 100);
const pct = (basisPoints: number): number => basisPoints / 100;

/** The targeted stratum's ratio and, when not the default, its flags in canonical order. */
function targeted<T>(ratio: number | undefined, flags: TargetFlag[] | undefined, unit: (n: number) => T) {
  if (ratio === undefined) return {};
  return isDefaultTargetFlags(flags)
    ? { penalized: unit(ratio) }
    : { penalized: unit(ratio), targetFlags: targetFlagsOf(flags) };
}

export function storeRatios(ratios: Ratios): StoredRatios {
  const apart = targeted(ratios.penalized, ratios.targetFlags, bp);
  return ratios.mode === 'all'
    ? { all: bp(ratios.all), ...apart }
    : { A: bp(ratios.A), B: bp(ratios.B), C: bp(ratios.C), D: bp(ratios.D), ...apart };
}

/** The stored ratios (basis points, as the ratios column holds them) in percent, for a view. */
export function readRatios(stored: StoredRatios): Ratios {
  const apart = targeted(stored.penalized, stored.targetFlags, pct);
  return 'all' in stored
    ? { mode: 'all', all: pct(stored.all), ...apart }
    : { mode: 'byClass', A: pct(stored.A), B: pct(stored.B), C: pct(stored.C), D: pct(stored.D), ...apart };
}

/** Whether the targeted subjects (by default: penalised in the last three years) are drawn apart, at their own ratio. */
export const penalizedApart = (stored: StoredRatios): boolean => stored.penalized !== undefined;

/**
 * The flags whose subjects form the targeted stratum P — any of them set puts a subject in it — or null when the
 * task draws no targeted stratum apart. One home for the draw, its record and the printed plan.
 */
export const targetFlagsApart = (stored: StoredRatios): TargetFlag[] | null =>
  penalizedApart(stored) ? targetFlagsOf(stored.targetFlags) : null;

/** The basis points that apply to one stratum: a credit-risk class, or P (the targeted stratum, when drawn apart). */
export function stratumBasisPoints(stored: StoredRatios, stratum: 'A' | 'B' | 'C' | 'D' | 'P'): number {
  if (stratum === 'P') return stored.penalized ?? 0;
  return 'all' in stored ? stored.all : stored[stratum];
}

export function describeRatios(ratios: Ratios): string {
  const base =
    ratios.mode === 'all'
      ? `${ratios.all}%`
      : `A 类 ${ratios.A}%，B 类 ${ratios.B}%，C 类 ${ratios.C}%，D 类 ${ratios.D}%`;
  return ratios.penalized === undefined
    ? base
    : `${base}，${targetedStratumLabel(ratios.targetFlags)} ${ratios.penalized}%`;
}

export { ratioOrderBreaks } from './ratio-order.shared';
