import ExcelJS from 'exceljs';
import { titledTable, type OutCell } from '../excel';
import { RISK_LABELS } from '../subjects/vocabulary.shared';
import { CHART_TITLES, type StatsChart } from './charts.shared';
import type { DashboardFigures } from './contract';

const PERCENT = '0.0%';

interface Table {
  sheet: string;
  header: string[];
  widths: number[];
  rows: OutCell[][];
  numFmts?: Record<number, string>;
}

/** One chart's figures as the tables of its workbook: the numbers behind the bars, with a 合计 row. */
function tablesOf(figures: DashboardFigures, chart: StatsChart): Table[] {
  switch (chart) {
    case 'categories': {
      const c = figures.categories;
      return [
        {
          sheet: '检查结果类别',
          header: ['类别代码', '检查结果类别', '结果数（条）', '占全部结果'],
          widths: [10, 36, 14, 12],
          rows: c.rows.map((r) => [r.code, r.name, r.results, c.results === 0 ? 0 : r.results / c.results]),
          numFmts: { 3: PERCENT },
        },
      ];
    }
    case 'onTime': {
      const o = figures.onTime;
      return [
        {
          sheet: '按期公示率',
          header: ['部门', '已公示结果（条）', '按期公示（条）', '超期未公示（条）', '按期公示率'],
          widths: [16, 16, 16, 16, 12],
          rows: [
            ...o.rows.map((r) => [r.department, r.published, r.onTime, r.overdue, r.rate]),
            ['合计', o.published, o.onTime, o.overdue, o.rate],
          ],
          numFmts: { 4: PERCENT },
        },
      ];
    }
    case 'overdue': {
      const o = figures.overdue;
      return [
        {
          sheet: '超期未公示',
          header: ['部门', '超期未公示结果（条）'],
          widths: [16, 22],
          rows: [...o.rows.map((r) => [r.department, r.results]), ['合计', o.results]],
        },
      ];
    }
    case 'coverage': {
      const c = figures.coverage;
      return [
        {
          sheet: '事项覆盖率',
          header: ['部门', '清单事项数', '已抽查事项数', '未抽查事项数', '覆盖率'],
          widths: [16, 12, 14, 14, 10],
          rows: [
            ...c.rows.map((r) => [r.department, r.listed, r.inspected, r.listed - r.inspected, r.rate]),
            ['合计', c.listed, c.inspected, c.listed - c.inspected, c.rate],
          ],
          numFmts: { 4: PERCENT },
        },
      ];
    }
    case 'joint': {
      const j = figures.joint;
      return [
        {
          sheet: '各部门参与情况',
          header: ['部门', '牵头（次）', '参与（次）', '合计（次）'],
          widths: [16, 12, 12, 12],
          rows: [
            ...j.rows.map((r) => [r.department, r.led, r.joined, r.led + r.joined]),
            [`合计：联合抽查 ${j.tasks} 次，涉及 ${j.departments} 个部门`, null, null, null],
          ],
        },
        {
          sheet: '联合抽查任务',
          header: ['任务', '发起部门', '参与部门', '检查期间', '类型', '抽查户数'],
          widths: [34, 12, 30, 26, 10, 10],
          rows: j.list.map((t) => [t.name, t.lead, t.departments, t.period, t.special ? '专项' : '计划', t.drawn]),
        },
      ];
    }
    case 'risk': {
      const r = figures.risk;
      return [
        {
          sheet: '风险分类分布',
          header: ['信用风险分类', '抽中（户次）', '抽中占比', '名录库存续对象（户）', '名录库占比'],
          widths: [16, 14, 12, 20, 12],
          rows: [
            ...r.rows.map((c) => [RISK_LABELS[c.riskClass], c.drawn, c.drawnShare, c.pool, c.poolShare]),
            ['合计', r.drawn, r.drawn === 0 ? 0 : 1, r.pool, r.pool === 0 ? 0 : 1],
          ],
          numFmts: { 2: PERCENT, 4: PERCENT },
        },
      ];
    }
  }
}

/** The workbook behind one chart: numbers as numbers, rates as percentages, text never a formula (titledTable). */
export async function writeChartWorkbook(
  path: string,
  office: string,
  figures: DashboardFigures,
  chart: StatsChart,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  const scope = figures.departmentId === null ? '' : `（${figures.scopeName}）`;
  // Overdue is a state of the day it was counted on, not of the year: the title says which day.
  const asOf = chart === 'overdue' ? `（截至 ${figures.today}）` : '';
  const title = `${office}${figures.year}年${scope}${CHART_TITLES[chart]}${asOf}`;
  for (const table of tablesOf(figures, chart)) {
    titledTable(book.addWorksheet(table.sheet), title, table.header, table.widths, table.rows, table.numFmts);
  }
  await book.xlsx.writeFile(path);
}
