import ExcelJS from 'exceljs';
import { titledTable } from '../excel';
import { describeRatios } from './ratios';
import type { PlanTaskView, PlanView } from './schemas';
import { describeScope } from './scope-text';

const KIND: Record<'add' | 'cancel' | 'modify', string> = { add: '新增', cancel: '取消', modify: '修改' };

/** The plan as offices publish it: the tasks, then the adjustment record on a second sheet. */
export async function writePlanWorkbook(
  path: string,
  plan: PlanView,
  tasks: PlanTaskView[],
  adjustments: {
    taskName: string;
    kind: 'add' | 'cancel' | 'modify';
    reason: string;
    filedOn: string;
    version: number | null;
    publishedOn: string | null;
  }[],
  departmentName: (id: number) => string = (id) => `部门 ${id}`,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const state = plan.status === 'published' ? `第 ${plan.version} 版，${plan.publishedOn ?? ''} 发布` : '草稿';
  titledTable(
    workbook.addWorksheet('抽查计划'),
    `${plan.name}（${state}）`,
    [
      '序号',
      '任务名称',
      '抽查事项',
      '发起部门',
      '参与部门',
      '类型',
      '抽查比例',
      '频次',
      '检查期间',
      '检查方式',
      '状态',
      '备注',
      // After 备注, so the columns before them keep their letters for offices' own sheets that read them.
      '抽查范围',
      '比例倒挂说明',
    ],
    [6, 28, 40, 12, 28, 10, 30, 8, 24, 10, 8, 24, 30, 30],
    tasks.map((t, i) => [
      i + 1,
      t.name,
      t.itemNames.join('、'),
      t.departmentNames[t.departmentIds.indexOf(t.leadDepartmentId)] ?? '',
      t.departmentNames.join('、'),
      t.joint ? '部门联合' : '本部门',
      describeRatios(t.ratios),
      `${t.frequency} 次/年`,
      `${t.periodStart} 至 ${t.periodEnd}`,
      t.mode,
      t.status === 'active' ? '有效' : '已取消',
      t.notes,
      describeScope(t.scope, departmentName),
      t.ratioOrderReason,
    ]),
  );
  titledTable(
    workbook.addWorksheet('调整记录'),
    `${plan.name} 调整记录`,
    ['序号', '任务', '调整', '原因', '报备日期', '发布版本', '发布日期'],
    [6, 28, 8, 40, 12, 10, 12],
    adjustments.map((a, i) => [
      i + 1,
      a.taskName,
      KIND[a.kind],
      a.reason,
      a.filedOn,
      a.version === null ? '待发布' : `第 ${a.version} 版`,
      a.publishedOn ?? '',
    ]),
  );
  await workbook.xlsx.writeFile(path);
}
