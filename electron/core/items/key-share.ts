import type { ReadableDb } from '../../../db/client';
import { readDeclared } from '../settings';
import { listItems } from './store';

export interface KeyShare {
  departmentId: number;
  departmentName: string;
  key: number;
  total: number;
  /** Key items as a percentage of the department's list, one decimal. */
  percent: number;
}

/**
 * 严格控制重点检查事项数量: per department, how many of its listed items (in force on `asOf`) are key items, and the
 * departments above the office's maximum share (setting items.maxKeySharePercent). The one home of this rule: the
 * item list, the plan's warnings and 待办 read it here.
 */
export function keyShareOf(
  db: ReadableDb,
  asOf: string,
): { maxPercent: number; departments: KeyShare[]; over: KeyShare[] } {
  const maxPercent = readDeclared(db, 'items.maxKeySharePercent');
  const byDepartment = new Map<number, KeyShare>();
  for (const item of listItems(db, { asOf })) {
    const row = byDepartment.get(item.departmentId) ?? {
      departmentId: item.departmentId,
      departmentName: item.departmentName,
      key: 0,
      total: 0,
      percent: 0,
    };
    row.total += 1;
    if (item.category === 'key') row.key += 1;
    row.percent = Math.round((row.key / row.total) * 1000) / 10;
    byDepartment.set(item.departmentId, row);
  }
  const departments = [...byDepartment.values()];
  return { maxPercent, departments, over: departments.filter((d) => d.key / d.total > maxPercent / 100) };
}

/** A department above the share, in words, for a warning. */
export const keyShareWarning = (d: KeyShare, maxPercent: number): string =>
  `「${d.departmentName}」清单中重点检查事项 ${d.key} 项，占全部 ${d.total} 项的 ${d.percent}%，超过 ${maxPercent}% 的上限。应严格控制重点检查事项数量：请复核是否确属安全、质量、公共利益领域，其余列为一般检查事项。`;
