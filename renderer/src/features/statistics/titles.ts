import type { StatsChart } from '../../../../electron/core/stats/contract';

/**
 * The cards' titles. The core names each exported workbook after the same words (stats/excel-out.ts); the renderer
 * may import only types from it, so a unit test checks the two copies agree.
 */
export const CHART_TITLES: Record<StatsChart, string> = {
  categories: '检查结果类别分布',
  onTime: '按期公示率',
  overdue: '超期未公示结果（按部门）',
  coverage: '抽查事项清单覆盖率',
  joint: '部门联合抽查',
  risk: '抽中对象与名录库的风险分类',
};
