/**
 * The six charts of the 统计分析 page and their titles (shared tier): the cards show these words and each exported
 * workbook is named after them.
 */
export const STATS_CHARTS = ['categories', 'onTime', 'overdue', 'coverage', 'joint', 'risk'] as const;
export type StatsChart = (typeof STATS_CHARTS)[number];

export const CHART_TITLES: Record<StatsChart, string> = {
  categories: '检查结果类别分布',
  onTime: '按期公示率',
  overdue: '超期未公示结果（按部门）',
  coverage: '抽查事项清单覆盖率',
  joint: '部门联合抽查',
  risk: '抽中对象与名录库的风险分类',
};
