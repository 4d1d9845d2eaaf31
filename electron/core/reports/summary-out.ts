import ExcelJS from 'exceljs';
import { titledTable } from '../excel';
import type { SummaryFigures } from './summary';

const PERCENT = '0.0%';

/** 半年 / 年度 summary: three sheets — by department, by item, the joint tasks — numbers as numbers, rates as %. */
export async function writeSummaryWorkbook(path: string, office: string, figures: SummaryFigures): Promise<void> {
  const book = new ExcelJS.Workbook();
  const title = (what: string) => `${office}${figures.period.label}“双随机、一公开”监管工作${what}`;
  titledTable(
    book.addWorksheet('按部门'),
    title('汇总（按部门）'),
    [
      '部门',
      '清单事项数',
      '已抽查事项数',
      '事项覆盖率',
      '参与抽查任务',
      '其中部门联合',
      '已公示结果',
      '按期公示率',
      '超期未公示',
      '后续处置',
      '完结率',
    ],
    [14, 11, 12, 11, 12, 12, 11, 11, 11, 10, 10],
    figures.departments.map((d) => [
      d.department,
      d.listed,
      d.inspected,
      d.coverage,
      d.tasks,
      d.jointTasks,
      d.published,
      d.onTimeRate,
      // Overdue unpublished results: the same count (results' isOverdue, via itemResultCounts) the rate divides by.
      d.overdue,
      d.followUps,
      d.closureRate,
    ]),
    { 3: PERCENT, 7: PERCENT, 10: PERCENT },
  );
  titledTable(
    book.addWorksheet('按事项'),
    title('汇总（按事项）'),
    ['部门', '抽查事项', '类别', '已检查户数', '发现问题', '已公示结果', '按期公示'],
    [12, 40, 8, 11, 10, 11, 10],
    figures.items.map((i) => [i.department, i.name, i.category, i.subjects, i.withProblems, i.published, i.onTime]),
  );
  titledTable(
    book.addWorksheet('部门联合抽查'),
    title('部门联合抽查'),
    ['任务', '发起部门', '参与部门', '检查期间', '类型', '抽查户数'],
    [34, 12, 30, 26, 10, 10],
    figures.joint.map((j) => [j.name, j.lead, j.departments, j.period, j.special ? '专项' : '计划', j.drawn]),
  );
  await book.xlsx.writeFile(path);
}
