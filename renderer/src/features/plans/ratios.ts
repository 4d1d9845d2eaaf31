import type { Ratios } from '../../../../electron/core/plans/schemas';
import { isDefaultTargetFlags, targetedStratumLabel } from '../../../../electron/core/subjects/target-flags.shared';

/** How a task's ratios read on screen: the targeted stratum as “受罚”, or named by its flags when they differ. */
export function ratiosText(ratios: Ratios): string {
  const base =
    ratios.mode === 'all' ? `${ratios.all}%` : `A ${ratios.A}% · B ${ratios.B}% · C ${ratios.C}% · D ${ratios.D}%`;
  if (ratios.penalized === undefined) return base;
  const label = isDefaultTargetFlags(ratios.targetFlags) ? '受罚' : targetedStratumLabel(ratios.targetFlags);
  return `${base} · ${label} ${ratios.penalized}%`;
}
