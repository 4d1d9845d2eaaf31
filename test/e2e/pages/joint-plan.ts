import type { MethodInput } from '../../../electron/core/contract';
import { officeToday } from '../time-zone';
import type { Api } from './api';
import { restaurantCounty } from './restaurants';

export const JOINT_PLAN = '2026 年部门联合抽查计划';
export const JOINT_TASK = '餐饮单位联合检查';
export const RENAMED_TASK = '餐饮单位部门联合检查';

/**
 * This year's county plan with one joint task of 市场监管 and 卫健 over 24 restaurants (three officers in each
 * department), published, entered through the same door the screens use with the values the 添加计划任务 dialog
 * starts from. With `renamed`, the task was then renamed by an adjustment and the plan published again (第 2 版).
 */
export async function publishedJointPlan(api: Api, options: { renamed?: boolean } = {}) {
  const { general, key } = await restaurantCounty(api, { restaurants: 24, officersPerDepartment: 3 });
  const today = officeToday();
  const year = Number(today.slice(0, 4));
  const plan = await api('plans.create', { year, departmentId: null, name: JOINT_PLAN });
  const fields: MethodInput<'plans.saveTask'>['fields'] = {
    name: JOINT_TASK,
    itemIds: [general, key],
    leadDepartmentId: 1,
    scope: {},
    ratios: { mode: 'byClass', A: 1, B: 3, C: 5, D: 10 },
    periodStart: `${year}-04-01`,
    periodEnd: `${year}-10-31`,
    mode: '现场',
  };
  const planned = await api('plans.saveTask', { planId: plan.id, fields });
  await api('plans.publish', { id: plan.id, approvedOn: today, publishedOn: today });
  if (options.renamed) {
    await api('plans.saveTask', {
      planId: plan.id,
      taskId: planned.id,
      fields: { ...fields, name: RENAMED_TASK },
      adjustment: { reason: '按联席会议意见更名', filedOn: today },
    });
    await api('plans.publish', { id: plan.id, publishedOn: today });
  }
  return { planId: plan.id, plannedTaskId: planned.id };
}

/** A task made from the joint plan's task, its draw opened and run before a witness (not locked). */
export async function drawnJointTask(api: Api, witness = { name: '县纪委 王监督', value: '31415926' }) {
  const { plannedTaskId } = await publishedJointPlan(api);
  const task = await api('tasks.createFromPlan', { planTaskId: plannedTaskId, teamSize: 2 });
  const draw = await api('draws.open', { taskId: task.id });
  await api('draws.run', { drawId: draw.id, witnesses: [witness] });
  return { taskId: task.id, drawId: draw.id };
}
