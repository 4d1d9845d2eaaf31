import { describeRatios } from './ratios';
import type { PlanTaskView } from './schemas';

const FIELDS: [string, (t: PlanTaskView) => string][] = [
  ['任务名称', (t) => t.name],
  ['抽查事项', (t) => t.itemNames.join('、')],
  ['发起部门', (t) => t.departmentNames[t.departmentIds.indexOf(t.leadDepartmentId)] ?? ''],
  ['参与部门', (t) => t.departmentNames.join('、')],
  ['对象范围', (t) => JSON.stringify(t.scope)],
  ['抽查比例', (t) => describeRatios(t.ratios)],
  ['抽查频次', (t) => `${t.frequency} 次/年`],
  ['检查期间', (t) => `${t.periodStart} 至 ${t.periodEnd}`],
  ['检查方式', (t) => t.mode],
  ['备注', (t) => t.notes],
  ['比例倒挂说明', (t) => t.ratioOrderReason ?? ''],
  ['状态', (t) => (t.status === 'active' ? '有效' : '已取消')],
];

/** What an adjustment changed, field by field, in the words the plan uses. */
export function taskChanges(before: PlanTaskView | null, after: PlanTaskView) {
  return FIELDS.map(([label, read]) => ({ label, before: before ? read(before) : '', after: read(after) })).filter(
    (c) => c.before !== c.after,
  );
}
