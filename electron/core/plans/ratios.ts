import type { Ratios } from './schemas';

/** Ratios are typed in percent and stored in basis points (1% = 100), so counts are exact integer arithmetic. */
export type StoredRatios = ({ all: number } | { A: number; B: number; C: number; D: number }) & { penalized?: number };

const bp = (percent: number): number => Math.round(percent * 100);
const pct = (basisPoints: number): number => basisPoints / 100;

export function storeRatios(ratios: Ratios): StoredRatios {
  const penalized = ratios.penalized === undefined ? {} : { penalized: bp(ratios.penalized) };
  return ratios.mode === 'all'
    ? { all: bp(ratios.all), ...penalized }
    : { A: bp(ratios.A), B: bp(ratios.B), C: bp(ratios.C), D: bp(ratios.D), ...penalized };
}

/** The stored ratios (basis points, as the ratios column holds them) in percent, for a view. */
export function readRatios(stored: StoredRatios): Ratios {
  const penalized = stored.penalized === undefined ? {} : { penalized: pct(stored.penalized) };
  return 'all' in stored
    ? { mode: 'all', all: pct(stored.all), ...penalized }
    : { mode: 'byClass', A: pct(stored.A), B: pct(stored.B), C: pct(stored.C), D: pct(stored.D), ...penalized };
}

/** Whether subjects penalised in the last three years are drawn apart, at a ratio of their own. */
export const penalizedApart = (stored: StoredRatios): boolean => stored.penalized !== undefined;

/** The basis points that apply to one stratum: a credit-risk class, or P (penalised, when drawn apart). */
export function stratumBasisPoints(stored: StoredRatios, stratum: 'A' | 'B' | 'C' | 'D' | 'P'): number {
  if (stratum === 'P') return stored.penalized ?? 0;
  return 'all' in stored ? stored.all : stored[stratum];
}

export function describeRatios(ratios: Ratios): string {
  const base =
    ratios.mode === 'all'
      ? `${ratios.all}%`
      : `A 类 ${ratios.A}%，B 类 ${ratios.B}%，C 类 ${ratios.C}%，D 类 ${ratios.D}%`;
  return ratios.penalized === undefined ? base : `${base}，近三年受过行政处罚的对象 ${ratios.penalized}%`;
}

export { ratioOrderBreaks } from './ratio-order.shared';
