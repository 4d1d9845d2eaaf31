import type { DashboardFigures, StatsChart } from '../../../../electron/core/stats/contract';
import { RISK_LABELS } from '../../../../electron/core/subjects/vocabulary.shared';
import { asPercent, bars, countAxis, departmentAxis, frame, percent, percentLabel, rowTooltip } from './chart-parts';
import type { ChartOption } from './echarts';
import { CHART_TITLES } from '../../../../electron/core/stats/charts.shared';

/** What a card shows for one chart: its title, and — from the figures — a message when empty, else the chart. */
export interface ChartSpec {
  title: string;
  /** The Chinese reason there is nothing to draw, or null when there is. */
  empty: (d: DashboardFigures) => string | null;
  option: (d: DashboardFigures) => ChartOption;
}

const whose = (d: DashboardFigures) => `${d.year}年${d.scopeName}`;

const GREEN = '#52c41a';
const GREY = '#d9d9d9';
const RED = '#cf1322';
const BLUE = '#1677ff';
const ORANGE = '#fa8c16';

const categories: ChartSpec = {
  title: CHART_TITLES.categories,
  empty: (d) => (d.categories.results === 0 ? `${whose(d)}还没有形成检查结果；录入结果后，这里按类别统计。` : null),
  option: (d) => {
    const rows = d.categories.rows;
    return {
      ...frame(`${whose(d)}：形成检查结果 ${d.categories.results} 条（一条结果可属多个类别）`, false),
      tooltip: rowTooltip(
        (i) => rows[i]?.name ?? '',
        (i) => [`${rows[i]?.results ?? 0} 条，占全部结果 ${percent((rows[i]?.results ?? 0) / d.categories.results)}`],
      ),
      grid: { left: 8, right: 40, top: 44, bottom: 8 },
      xAxis: { type: 'value', name: '条', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { width: 215, overflow: 'truncate' },
      },
      series: [
        bars(
          '结果数',
          rows.map((r) => r.results),
          BLUE,
          { barMaxWidth: 16, label: { show: true, position: 'right' } },
        ),
      ],
    };
  },
};

const onTime: ChartSpec = {
  title: CHART_TITLES.onTime,
  empty: (d) =>
    d.onTime.published + d.onTime.overdue === 0 ? `${whose(d)}形成的检查结果还没有公示，暂无按期公示率。` : null,
  option: (d) => {
    const rows = d.onTime.rows;
    return {
      ...frame(
        // Two lines: the overdue count, which the rate divides by too, does not fit beside the rate on a narrow card.
        `${whose(d)}：按期公示率 ${percent(d.onTime.rate)}\n已公示 ${d.onTime.published} 条，其中按期 ${d.onTime.onTime} 条；超期未公示 ${d.onTime.overdue} 条（计入分母）`,
        false,
      ),
      tooltip: rowTooltip(
        (i) => rows[i]?.department ?? '',
        (i) => [
          `已公示 ${rows[i]?.published ?? 0} 条，其中按期 ${rows[i]?.onTime ?? 0} 条；超期未公示 ${rows[i]?.overdue ?? 0} 条`,
          `按期公示率 ${percent(rows[i]?.rate ?? 0)}`,
        ],
      ),
      xAxis: departmentAxis(rows.map((r) => r.department)),
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        bars(
          '按期公示率',
          rows.map((r) => asPercent(r.rate)),
          GREEN,
          { label: percentLabel },
        ),
      ],
    };
  },
};

const overdue: ChartSpec = {
  title: CHART_TITLES.overdue,
  empty: (d) => (d.overdue.results === 0 ? `截至 ${d.today}，${whose(d)}形成的检查结果没有超期未公示的。` : null),
  option: (d) => {
    const rows = d.overdue.rows;
    return {
      ...frame(`截至 ${d.today}，${whose(d)}形成的结果中超期未公示 ${d.overdue.results} 条`, false),
      tooltip: rowTooltip(
        (i) => rows[i]?.department ?? '',
        (i) => [`超期未公示 ${rows[i]?.results ?? 0} 条`],
      ),
      xAxis: departmentAxis(rows.map((r) => r.department)),
      yAxis: countAxis('条'),
      series: [
        bars(
          '超期未公示',
          rows.map((r) => r.results),
          RED,
          { label: { show: true, position: 'top' } },
        ),
      ],
    };
  },
};

const coverage: ChartSpec = {
  title: CHART_TITLES.coverage,
  empty: (d) =>
    d.coverage.listed === 0
      ? `${d.year}年末的抽查事项清单中没有${d.departmentId === null ? '' : '该部门的'}事项；请先在“抽查事项清单”中录入事项。`
      : null,
  option: (d) => {
    const rows = d.coverage.rows;
    return {
      ...frame(
        `${whose(d)}：清单事项 ${d.coverage.listed} 项，已抽查 ${d.coverage.inspected} 项，覆盖率 ${percent(d.coverage.rate)}`,
        true,
      ),
      tooltip: rowTooltip(
        (i) => rows[i]?.department ?? '',
        (i) => [
          `清单事项 ${rows[i]?.listed ?? 0} 项，已抽查 ${rows[i]?.inspected ?? 0} 项`,
          `覆盖率 ${percent(rows[i]?.rate ?? 0)}`,
        ],
      ),
      xAxis: departmentAxis(rows.map((r) => r.department)),
      yAxis: countAxis('事项数'),
      series: [
        bars(
          '已抽查',
          rows.map((r) => r.inspected),
          GREEN,
          { stack: 'items' },
        ),
        bars(
          '未抽查',
          rows.map((r) => r.listed - r.inspected),
          GREY,
          { stack: 'items' },
        ),
      ],
    };
  },
};

const joint: ChartSpec = {
  title: CHART_TITLES.joint,
  empty: (d) => (d.joint.tasks === 0 ? `${whose(d)}还没有已锁定名单的部门联合抽查任务。` : null),
  option: (d) => {
    const rows = d.joint.rows;
    return {
      ...frame(`${whose(d)}：部门联合抽查 ${d.joint.tasks} 次，涉及 ${d.joint.departments} 个部门`, true),
      tooltip: rowTooltip(
        (i) => rows[i]?.department ?? '',
        (i) => [`牵头 ${rows[i]?.led ?? 0} 次，参与 ${rows[i]?.joined ?? 0} 次`],
      ),
      xAxis: departmentAxis(rows.map((r) => r.department)),
      yAxis: countAxis('次'),
      series: [
        bars(
          '牵头',
          rows.map((r) => r.led),
          BLUE,
          { stack: 'joint' },
        ),
        bars(
          '参与',
          rows.map((r) => r.joined),
          ORANGE,
          { stack: 'joint' },
        ),
      ],
    };
  },
};

const risk: ChartSpec = {
  title: CHART_TITLES.risk,
  empty: (d) => (d.risk.drawn === 0 ? `${whose(d)}还没有锁定的抽取名单，无法比较抽中对象的信用风险分类。` : null),
  option: (d) => {
    const rows = d.risk.rows;
    return {
      ...frame(`${whose(d)}：抽中 ${d.risk.drawn} 户次；名录库存续对象 ${d.risk.pool} 户`, true),
      tooltip: rowTooltip(
        (i) => RISK_LABELS[rows[i]?.riskClass ?? 'A'],
        (i) => [
          `抽中 ${rows[i]?.drawn ?? 0} 户次，占 ${percent(rows[i]?.drawnShare ?? 0)}`,
          `名录库 ${rows[i]?.pool ?? 0} 户，占 ${percent(rows[i]?.poolShare ?? 0)}`,
        ],
      ),
      xAxis: { type: 'category', data: rows.map((r) => RISK_LABELS[r.riskClass]) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        bars(
          '抽中对象占比',
          rows.map((r) => asPercent(r.drawnShare)),
          ORANGE,
          { barMaxWidth: 32, label: percentLabel },
        ),
        bars(
          '名录库占比',
          rows.map((r) => asPercent(r.poolShare)),
          BLUE,
          { barMaxWidth: 32, label: percentLabel },
        ),
      ],
    };
  },
};

/** The six cards in page order; the type makes sure every chart the core can export has its card. */
export const CHARTS: Record<StatsChart, ChartSpec> = { categories, onTime, overdue, coverage, joint, risk };
