/**
 * The targeting flags (shared tier): what marks a subject for a higher ratio (SH: 对投诉举报较多、列入经营异常名录或有
 * 严重违法失信行为的，提高抽查比例和频次; and the three-year penalty). A task names which of them form its targeted
 * (重点) stratum; a subject is in it when any named flag is set. The plan, its form, the draw and its record all read
 * this list — the order here is the order a task and a record name them in.
 */
export const TARGET_FLAGS = ['penalized3y', 'complaintVerified', 'abnormal', 'seriousIllegal'] as const;
export type TargetFlag = (typeof TARGET_FLAGS)[number];

/** How each flag reads on the plan, the form and the draw record. */
export const TARGET_FLAG_LABELS: Record<TargetFlag, string> = {
  penalized3y: '近三年受过行政处罚',
  complaintVerified: '投诉举报经核实',
  abnormal: '列入经营异常名录',
  seriousIllegal: '列入严重违法失信名单',
};

/** What a task that names no flags draws apart: the penalty flag only (the behaviour before the setting existed). */
export const DEFAULT_TARGET_FLAGS: readonly TargetFlag[] = ['penalized3y'];

/** The flags in their canonical order, each once; the default when none are named. */
export function targetFlagsOf(flags: readonly TargetFlag[] | undefined): TargetFlag[] {
  const named = TARGET_FLAGS.filter((f) => flags?.includes(f));
  return named.length > 0 ? named : [...DEFAULT_TARGET_FLAGS];
}

/** Whether the flags are the default (the penalty flag only): such tasks and records need not name them. */
export const isDefaultTargetFlags = (flags: readonly TargetFlag[] | undefined): boolean =>
  targetFlagsOf(flags).join() === DEFAULT_TARGET_FLAGS.join();

/**
 * The targeted stratum's name: “近三年受过行政处罚的对象” for the default (as plans always printed it), else
 * “重点对象（投诉举报经核实、列入经营异常名录）” naming every flag that forms it.
 */
export function targetedStratumLabel(flags: readonly TargetFlag[] | undefined): string {
  const named = targetFlagsOf(flags);
  return isDefaultTargetFlags(named)
    ? '近三年受过行政处罚的对象'
    : `重点对象（${named.map((f) => TARGET_FLAG_LABELS[f]).join('、')}）`;
}

/** The stratum's short name in messages: “近三年受处罚对象” for the default (as before), else “重点对象”. */
export const targetedShortLabel = (flags: readonly TargetFlag[] | undefined): string =>
  isDefaultTargetFlags(flags) ? '近三年受处罚对象' : '重点对象';
