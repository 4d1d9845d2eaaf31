import type { Db } from '../../../db/client';
import { AppError } from '../errors';
import { listItems, type ItemView } from '../items/store';
import type { Ratios, TaskFields } from './schemas';

/**
 * The plan's rules on a task: only listed items in force (and not retired) on the period's first day; a general
 * item's ratio and frequency within its caps — except class D, which the plan may sample above the cap; key items
 * uncapped. Returns the items and the task's departments (the lead, those named, and every item's department).
 */
export function checkTaskItems(db: Db, fields: TaskFields): { items: ItemView[]; departmentIds: number[] } {
  const inForce = new Map(listItems(db, { asOf: fields.periodStart }).map((item) => [item.id, item]));
  const items: ItemView[] = [];
  for (const id of [...new Set(fields.itemIds)]) {
    const item = inForce.get(id);
    if (!item) {
      throw new AppError(
        'INVALID_INPUT',
        `所选事项（编号 ${id}）在 ${fields.periodStart} 不在抽查事项清单中或尚未生效。只能抽查清单内、已生效的事项。`,
      );
    }
    if (item.status === 'retired') {
      throw new AppError('INVALID_INPUT', `事项“${item.name}”已于 ${item.effectiveFrom} 废止，不能再列入抽查任务。`);
    }
    if (item.category === 'general') checkCaps(item, fields.ratios, fields.frequency);
    items.push(item);
  }
  const departmentIds = [
    ...new Set([fields.leadDepartmentId, ...fields.departmentIds, ...items.map((i) => i.departmentId)]),
  ].sort((a, b) => a - b);
  return { items, departmentIds };
}

function checkCaps(item: ItemView, ratios: Ratios, frequency: number): void {
  if (item.ratioCap !== null) {
    const capped: [string, number][] =
      ratios.mode === 'all'
        ? [['', ratios.all]]
        : [
            ['A 类', ratios.A],
            ['B 类', ratios.B],
            ['C 类', ratios.C],
          ];
    for (const [label, ratio] of capped) {
      if (ratio > item.ratioCap) {
        throw new AppError(
          'INVALID_INPUT',
          `一般事项“${item.name}”的抽查比例上限为 ${item.ratioCap}%，${label}比例 ${ratio}% 超出上限。请调低比例（D 类高风险对象可另设更高比例）。`,
        );
      }
    }
  }
  if (item.frequencyCap !== null && frequency > item.frequencyCap) {
    throw new AppError(
      'INVALID_INPUT',
      `一般事项“${item.name}”每年最多抽查 ${item.frequencyCap} 次，计划的 ${frequency} 次超出上限。`,
    );
  }
}
