import { targetedShortLabel } from '../subjects/target-flags.shared';
import type { Ratios } from './schemas';

/**
 * Where differentiated ratios fall as the risk rises, in words; empty when they follow the risk. The classes rise
 * A ≤ B ≤ C ≤ D; the targeted stratum holds targeted subjects of classes A–C (targeted D stay in D), so its ratio
 * may not be below the highest of those classes' ratios (with one ratio for all: below that ratio). Shared with the
 * task form, which asks for the reason when this is not empty; the plan rules refuse without one.
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
    if (ratios.penalized < held)
      breaks.push(`${targetedShortLabel(ratios.targetFlags)} ${ratios.penalized}% 低于其所在类别的 ${held}%`);
  }
  return breaks;
}
