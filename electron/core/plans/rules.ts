import type { Db, ReadableDb } from '../../../db/client';
import { AppError } from '../errors';
import { CAP_CLASSES, capFor, firstEffectiveDates, listItems, type CapStratum, type ItemView } from '../items';
import { targetedShortLabel } from '../subjects/target-flags.shared';
import { ratioOrderBreaks } from './ratios';
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
  const firstEffective = firstEffectiveDates(db);
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
 * item's ratio within its cap in every stratum — every credit-risk class and the penalised stratum, as `capFor` says
 * (no class is exempt) — and its frequency within its cap; key items uncapped. A 专项检查 sets its ratio by the
 * situation (SX, GY): it is not bound by general items' caps. The class ratios rise with the risk unless a reason is
 * recorded (`ratioOrderBreaks`). Returns the items and the task's departments (the lead, those named, and every
 * item's department).
 */
export function checkTaskItems(
  db: Db,
  fields: TaskFields,
  kind: 'planned' | 'special' = 'planned',
): { items: ItemView[]; departmentIds: number[] } {
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
    if (kind === 'planned' && item.category === 'general') checkCaps(item, fields.ratios, fields.frequency);
    items.push(item);
  }
  checkRatioOrder(fields);
  const departmentIds = [
    ...new Set([fields.leadDepartmentId, ...fields.departmentIds, ...items.map((i) => i.departmentId)]),
  ].sort((a, b) => a - b);
  return { items, departmentIds };
}

/** Inverted class ratios are refused unless the task says why. */
function checkRatioOrder(fields: TaskFields): void {
  const breaks = ratioOrderBreaks(fields.ratios);
  if (breaks.length > 0 && !fields.ratioOrderReason.trim()) {
    throw new AppError(
      'INVALID_INPUT',
      `抽查比例应随风险升高而不降低（A 类 ≤ B 类 ≤ C 类 ≤ D 类，${targetedShortLabel(fields.ratios.targetFlags)}不低于其所在类别），而${breaks.join('；')}。请调整比例，或在“比例倒挂说明”中写明原因。`,
    );
  }
}

function checkCaps(item: ItemView, ratios: Ratios, frequency: number): void {
  const strata: [CapStratum, string, number][] =
    ratios.mode === 'all'
      ? CAP_CLASSES.map((c) => [c, `${c} 类`, ratios.all])
      : CAP_CLASSES.map((c) => [c, `${c} 类`, ratios[c]]);
  if (ratios.penalized !== undefined) strata.push(['P', targetedShortLabel(ratios.targetFlags), ratios.penalized]);
  for (const [stratum, label, ratio] of strata) {
    const cap = capFor(item, stratum);
    if (cap !== null && ratio > cap) {
      throw new AppError(
        'INVALID_INPUT',
        `一般事项“${item.name}”的${label}抽查比例上限为 ${cap}%，计划的 ${ratio}% 超出上限。一般事项的上限约束每个信用风险类别；请调低比例，或在事项清单中为该类单设上限（修订事项）。`,
      );
    }
  }
  if (item.frequencyCap !== null && frequency > item.frequencyCap) {
    throw new AppError(
      'INVALID_INPUT',
      `一般事项“${item.name}”每年最多抽查 ${item.frequencyCap} 次，计划的 ${frequency} 次超出上限。`,
    );
  }
}
