import { asc, eq } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { draws } from '../../../db/schema';
import type { ItemView } from '../items';
import { stratumBasisPoints } from '../plans';
import type { TaskRow } from '../tasks';
import { roundingOf, STRATA, type EarlierAttempt, type Stratum } from './object-draw';
import { realisedRatio, type RoundingNote } from './rounding.shared';

/**
 * A general item's ratio cap for one stratum, in percent (null: none). Today every stratum has the item's one
 * `ratioCap`; per-class caps (items' `capFor`, issue 16 point 2) are to be read here, and only here.
 */
export function capFor(item: ItemView, _stratum: Stratum): number | null {
  return item.category === 'general' ? item.ratioCap : null;
}

/**
 * The cap that binds a stratum: the smallest cap of the task's general items, in basis points — only where the
 * planned ratio is within it (a ratio the plan was allowed above the cap, like class D's today, is not cut back).
 */
export function bindingCap(items: ItemView[], stratum: Stratum, ratioBasisPoints: number): number | null {
  const caps = items
    .map((i) => capFor(i, stratum))
    .filter((c): c is number => c !== null)
    .map((c) => Math.round(c * 100));
  if (caps.length === 0) return null;
  const cap = Math.min(...caps);
  return ratioBasisPoints <= cap ? cap : null;
}

export interface StratumCounting {
  stratum: Stratum;
  size: number;
  /** Planned ratio, percent. */
  ratio: number;
  count: number;
  /** The binding cap, percent (null: none). */
  cap: number | null;
  /** count ÷ size, percent, two decimals (0 for an empty stratum). */
  realised: number;
  note: RoundingNote;
}

/** Each stratum's count with its planned ratio, cap, realised ratio and the part of the rounding rule that decided. */
export function plannedCounts(
  ratios: TaskRow['ratios'],
  items: ItemView[],
  sizes: Record<Stratum, number>,
): StratumCounting[] {
  return STRATA.map((stratum) => {
    const basisPoints = stratumBasisPoints(ratios, stratum);
    const size = sizes[stratum];
    const capBasisPoints = bindingCap(items, stratum, basisPoints);
    const { count, note } = roundingOf(size, basisPoints, capBasisPoints);
    return {
      stratum,
      size,
      ratio: basisPoints / 100,
      count,
      cap: capBasisPoints === null ? null : capBasisPoints / 100,
      realised: realisedRatio(count, size),
      note,
    };
  });
}

/** The task's earlier attempts as they stand when a new one is opened (the latest just superseded, if drawn). */
export function earlierAttemptsOf(db: ReadableDb, taskId: number): EarlierAttempt[] {
  return db
    .select()
    .from(draws)
    .where(eq(draws.taskId, taskId))
    .orderBy(asc(draws.attempt))
    .all()
    .map((d) => ({
      attempt: d.attempt,
      status: d.status === 'locked' ? 'drawn' : d.status,
      reason: d.reason,
      approver: d.approver,
      poolHash: d.poolHash,
      nonceHash: d.nonceHash,
      seed: d.seed,
    }));
}
