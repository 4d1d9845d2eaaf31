import type { Ratios } from '../../../../electron/core/plans/schemas';

/** How a task's ratios read on screen. */
export function ratiosText(ratios: Ratios): string {
  return ratios.mode === 'all' ? `${ratios.all}%` : `A ${ratios.A}% · B ${ratios.B}% · C ${ratios.C}% · D ${ratios.D}%`;
}
