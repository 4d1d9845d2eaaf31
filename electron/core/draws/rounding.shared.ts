/**
 * Which part of the rounding rule decided a stratum's count (object-draw.ts roundingOf), in the words the draw
 * panel, the draw PDF and the record's readers use. Shared tier: the renderer reads it as well.
 */
export const ROUNDING_NOTES = ['exact', 'roundedUp', 'withinCap', 'atLeastOne', 'none'] as const;
export type RoundingNote = (typeof ROUNDING_NOTES)[number];

export const ROUNDING_NOTE_LABELS: Record<RoundingNote, string> = {
  exact: '恰为整数',
  roundedUp: '向上取整',
  withinCap: '向上取整将超出事项比例上限，取上限内的最大户数',
  atLeastOne: '按上限应为 0 户；该层有候选且比例大于 0，至少抽 1 户',
  none: '不抽取',
};

/** The realised ratio of a stratum: count ÷ pool, in percent to two decimals (0 for an empty stratum). */
export const realisedRatio = (count: number, size: number): number =>
  size === 0 ? 0 : Math.round((count * 10_000) / size) / 100;
