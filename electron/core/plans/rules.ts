import { min } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { checkItemVersions } from '../../../db/schema';
import { AppError } from '../errors';
import { listItems, type ItemView } from '../items';
import type { Ratios, TaskFields } from './schemas';

/** The items a task may name when its period starts on `date`: listed, in force and not retired that day. */
export const itemsInForceOn = (db: ReadableDb, date: string): ItemView[] => listItems(db, { asOf: date });

export interface ItemOutOfForce {
  id: number;
  code: string;
  name: string;
  departmentName: string;
  /** notYet: its first version takes effect after `date` (on `since`); retired: retired by `date` (on `since`). */
  reason: 'notYet' | 'retired';
  since: string;
}

/** Every listed item a task starting on `date` may not name, with why: the other side of `itemsInForceOn`. */
export function itemsOutOfForceOn(db: ReadableDb, date: string): ItemOutOfForce[] {
  const inForce = new Set(itemsInForceOn(db, date).map((i) => i.id));
  const then = new Map(listItems(db, { asOf: date, includeRetired: true }).map((i) => [i.id, i]));
  const firstEffective = new Map(
    db
      .select({ itemId: checkItemVersions.itemId, first: min(checkItemVersions.effectiveFrom) })
      .from(checkItemVersions)
      .groupBy(checkItemVersions.itemId)
      .all()
      .map((r) => [r.itemId, r.first ?? '']),
  );
  const out: ItemOutOfForce[] = [];
  for (const item of listItems(db, { asOf: '9999-12-31', includeRetired: true })) {
    if (inForce.has(item.id)) continue;
    const retired = then.get(item.id);
    out.push({
      id: item.id,
      code: item.code,
      name: item.name,
      departmentName: item.departmentName,
      reason: retired ? 'retired' : 'notYet',
      since: retired ? retired.effectiveFrom : (firstEffective.get(item.id) ?? ''),
    });
  }
  return out.sort((a, b) => (a.reason === b.reason ? 0 : a.reason === 'notYet' ? -1 : 1));
}

/** Why an item is not in force on `date`, in words, for a refusal or the picker's note. */
export function outOfForceText(item: ItemOutOfForce, date: string): string {
  return item.reason === 'notYet'
    ? `事项“${item.code} ${item.name}”自 ${item.since} 起生效，检查期间第一天 ${date} 尚未生效`
    : `事项“${item.code} ${item.name}”已于 ${item.since} 废止`;
}

/**
 * The plan's rules on a task: only listed items in force (and not retired) on the period's first day; a general
 * item's ratio and frequency within its caps — except class D, which the plan may sample above the cap; key items
 * uncapped. Returns the items and the task's departments (the lead, those named, and every item's department).
 */
export function checkTaskItems(db: Db, fields: TaskFields): { items: ItemView[]; departmentIds: number[] } {
  const inForce = new Map(itemsInForceOn(db, fields.periodStart).map((item) => [item.id, item]));
  const items: ItemView[] = [];
  for (const id of [...new Set(fields.itemIds)]) {
    const item = inForce.get(id);
    if (!item) {
      const out = itemsOutOfForceOn(db, fields.periodStart).find((i) => i.id === id);
      throw new AppError(
        'INVALID_INPUT',
        out
          ? `${outOfForceText(out, fields.periodStart)}，不能列入这个任务。只能抽查检查期间第一天已生效且未废止的事项。`
          : `所选事项（编号 ${id}）不在抽查事项清单中，请刷新后重新选择。`,
      );
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
