import { asc, eq } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { draws } from '../../../db/schema';
import { capFor, type ItemView } from '../items';
import { stratumBasisPoints } from '../plans';
import type { TaskRow } from '../tasks';
import { roundingOf, STRATA, type EarlierAttempt, type Stratum } from './object-draw';
import { realisedRatio, type RoundingNote } from './rounding.shared';

/**
 * The cap that binds a stratum: the smallest cap of the task's general items for that stratum (items' `capFor`: the
 * item's own class cap, else its cap), in basis points — only where the planned ratio is within it. A plan task cannot
 * set a ratio above its items' caps (plans' checkTaskItems); a 专项 may (it sets its ratio by the situation), and its
 * count is then not cut back to the cap.
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
