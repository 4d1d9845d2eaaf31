/**
 * A draw attempt's states and how they read (shared tier): the schema, the attempt view, the ceremony's refusals,
 * the printed 抽取记录, the CLI's `draw list` and the renderer's task list and ceremony all use these words.
 */
export const DRAW_STATUSES = ['open', 'drawn', 'locked', 'superseded'] as const;
export type DrawStatus = (typeof DRAW_STATUSES)[number];

/** A task's draw status is its latest attempt's, or `none` before the first one. */
export const DRAW_STATUS_LABELS: Record<DrawStatus | 'none', string> = {
  none: '未抽取',
  open: '等待监督人输入',
  drawn: '已抽取，待锁定',
  locked: '已锁定',
  superseded: '已作废（重新抽取）',
};
