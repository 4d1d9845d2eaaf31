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

/**
 * Where differentiated ratios fall as the risk rises, in words; empty when they follow the risk. The classes rise
 * A ≤ B ≤ C ≤ D; the penalised stratum holds penalised subjects of classes A–C (penalised D stay in D), so its ratio
 * may not be below the highest of those classes' ratios (with one ratio for all: below that ratio).
 */
export function ratioOrderBreaks(ratios: Ratios): string[] {
  const breaks: string[] = [];
  if (ratios.mode === 'byClass') {
    const pairs = [
      ['A', 'B'],
      ['B', 'C'],
      ['C', 'D'],
    ] as const;
    for (const [lower, higher] of pairs) {
      if (ratios[higher] < ratios[lower])
        breaks.push(`${higher} 类 ${ratios[higher]}% 低于 ${lower} 类 ${ratios[lower]}%`);
    }
  }
  if (ratios.penalized !== undefined) {
    const held = ratios.mode === 'all' ? ratios.all : Math.max(ratios.A, ratios.B, ratios.C);
    if (ratios.penalized < held) breaks.push(`近三年受处罚对象 ${ratios.penalized}% 低于其所在类别的 ${held}%`);
  }
  return breaks;
}
