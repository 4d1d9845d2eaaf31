import type { Ratios } from './schemas';

/** Ratios are typed in percent and stored in basis points (1% = 100), so counts are exact integer arithmetic. */
export type StoredRatios = { all: number } | { A: number; B: number; C: number; D: number };

const bp = (percent: number): number => Math.round(percent * 100);
const pct = (basisPoints: number): number => basisPoints / 100;

export function storeRatios(ratios: Ratios): StoredRatios {
  return ratios.mode === 'all'
    ? { all: bp(ratios.all) }
    : { A: bp(ratios.A), B: bp(ratios.B), C: bp(ratios.C), D: bp(ratios.D) };
}

export function readRatios(text: string): Ratios {
  const stored = JSON.parse(text) as StoredRatios;
  return 'all' in stored
    ? { mode: 'all', all: pct(stored.all) }
    : { mode: 'byClass', A: pct(stored.A), B: pct(stored.B), C: pct(stored.C), D: pct(stored.D) };
}

/** The basis points that apply to one credit-risk class. */
export function classBasisPoints(stored: StoredRatios, riskClass: 'A' | 'B' | 'C' | 'D'): number {
  return 'all' in stored ? stored.all : stored[riskClass];
}

export function describeRatios(ratios: Ratios): string {
  return ratios.mode === 'all'
    ? `${ratios.all}%`
    : `A 类 ${ratios.A}%，B 类 ${ratios.B}%，C 类 ${ratios.C}%，D 类 ${ratios.D}%`;
}
