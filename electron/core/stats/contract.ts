import { z } from 'zod';
import { method } from '../define';
import { EVERYONE } from '../roles';
import { RISK_CLASSES } from '../subjects/vocabulary.shared';
import { STATS_CHARTS } from './charts.shared';

/** The six charts of the 统计分析 page (shared tier); each one can be exported as its own workbook. */
export { STATS_CHARTS, type StatsChart } from './charts.shared';

const count = z.number().int();
const share = z.number();
const department = { departmentId: z.number().int(), department: z.string() };

const scope = {
  year: z
    .number({ error: '请选择年度，如 2026。' })
    .int('年度应为整数，如 2026。')
    .min(2000, '年度应在 2000 至 2100 之间。')
    .max(2100, '年度应在 2000 至 2100 之间。'),
  departmentId: z.number().int().positive().optional(),
};

export const dashboardSchema = z.object({
  year: count,
  departmentId: count.nullable(),
  /** “全县” or the department's short name: what the figures cover. */
  scopeName: z.string(),
  /** The day overdue was measured on. */
  today: z.string(),
  /** 检查结果类别: results formed in the year per category (a result with two categories counts in both). */
  categories: z.object({
    results: count,
    rows: z.array(z.object({ code: z.string(), name: z.string(), results: count })),
  }),
  /**
   * 按期公示率: results formed in the year that were published or are overdue unpublished (as the year ended, or
   * today), and those published by their deadline: rate = onTime ÷ (published + overdue).
   */
  onTime: z.object({
    published: count,
    onTime: count,
    overdue: count,
    rate: share,
    rows: z.array(z.object({ ...department, published: count, onTime: count, overdue: count, rate: share })),
  }),
  /** 超期未公示: results formed in the year, neither published nor withheld, past their deadline today. */
  overdue: z.object({ results: count, rows: z.array(z.object({ ...department, results: count })) }),
  /** 事项清单覆盖率: listed items (as the year ended) inspected at least once in the year. */
  coverage: z.object({
    listed: count,
    inspected: count,
    rate: share,
    rows: z.array(z.object({ ...department, listed: count, inspected: count, rate: share })),
  }),
  /** 部门联合抽查: the year's joint tasks with a locked draw, and each department's part in them. */
  joint: z.object({
    tasks: count,
    departments: count,
    rows: z.array(z.object({ ...department, led: count, joined: count })),
    list: z.array(
      z.object({
        name: z.string(),
        lead: z.string(),
        departments: z.string(),
        period: z.string(),
        special: z.boolean(),
        drawn: count,
      }),
    ),
  }),
  /** 风险分类: subjects drawn in the year's locked draws (class at the draw) against the directory's active ones. */
  risk: z.object({
    drawn: count,
    pool: count,
    rows: z.array(
      z.object({
        riskClass: z.enum(RISK_CLASSES),
        drawn: count,
        drawnShare: share,
        pool: count,
        poolShare: share,
      }),
    ),
  }),
});
export type DashboardFigures = z.output<typeof dashboardSchema>;

/** 统计分析: the year at a glance, from the same queries as the half-year / year summary. */
export const statsContract = {
  'stats.dashboard': method({
    summary: '查询统计分析',
    input: z.object(scope),
    output: dashboardSchema,
    access: EVERYONE,
    write: false,
  }),
  'stats.export': method({
    summary: '导出统计图表数据',
    input: z.object({
      ...scope,
      chart: z.enum(STATS_CHARTS, { error: '请指明要导出哪一张图表。' }),
    }),
    output: z.object({ download: z.string(), fileName: z.string() }),
    access: EVERYONE,
    write: false,
  }),
};
