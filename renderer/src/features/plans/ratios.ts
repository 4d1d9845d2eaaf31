import type { Ratios } from '../../../../electron/core/plans/schemas';

/** How a task's ratios read on screen. */
export function ratiosText(ratios: Ratios): string {
  const base =
    ratios.mode === 'all' ? `${ratios.all}%` : `A ${ratios.A}% · B ${ratios.B}% · C ${ratios.C}% · D ${ratios.D}%`;
  return ratios.penalized === undefined ? base : `${base} · 受罚 ${ratios.penalized}%`;
}
