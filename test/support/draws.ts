import type { Core } from '../../electron/core/app';
import type { MethodInput } from '../../electron/core/contract';
import { orgCodeCheckChar, usccCheckChar } from '../../electron/core/subjects/uscc';
import { expectOk, withToken, type OkCall } from './core';

/** A valid USCC for test subject n (both check characters computed, not typed). */
export function testUscc(n: number): string {
  const org = String(10_000_000 + n).slice(-8);
  const body = `91150222${org}${orgCodeCheckChar(org)}`;
  return body + usccCheckChar(body);
}

/** Two listed items from 2026-01-01: a general one of 市场监管 (1), capped at `ratioCap`% once a year, and a key
 * one of 卫健 (17). */
export async function twoItems(core: Core, token: string, ratioCap: number): Promise<{ general: number; key: number }> {
  const ok: OkCall = (method, input) => expectOk(core, withToken(token), method, input);
  const base = { basis: '依据', methods: ['实地核查' as const], effectiveFrom: '2026-01-01' };
  const general = await ok('items.create', {
    ...base,
    code: 'SC-1',
    departmentId: 1,
    name: '食品经营检查',
    category: 'general',
    ratioCap,
    frequencyCap: 1,
  });
  const key = await ok('items.create', {
    ...base,
    code: 'WJ-1',
    departmentId: 17,
    name: '公共场所卫生检查',
    category: 'key',
  });
  return { general: general.id, key: key.id };
}

export type PlannedTaskFields = MethodInput<'plans.saveTask'>['fields'];

/**
 * The restaurant task the plan tests save: led by 市场监管 (1), ratios by class, April to October 2026; `extra`
 * changes any field.
 */
export const plannedTaskFields = (itemIds: number[], extra: Partial<PlannedTaskFields> = {}): PlannedTaskFields => ({
  name: '餐饮单位联合检查',
  itemIds,
  leadDepartmentId: 1,
  departmentIds: [],
  // Within the general item's 5% cap in every class: no class is exempt (issue 16).
  ratios: { mode: 'byClass', A: 1, B: 3, C: 5, D: 5 },
  periodStart: '2026-04-01',
  periodEnd: '2026-10-31',
  mode: '现场',
  ...extra,
});

/**
 * A small county ready for a draw: 40 retail subjects across the four classes, a general item of 市场监管 (1) and a
 * key item of 卫健 (17), officers of both departments, a published plan with one joint task, and a task from it.
 */
export async function countyWithTask(core: Core, token: string, options: { officersPerDepartment?: number } = {}) {
  const ok: OkCall = (method, input) => expectOk(core, withToken(token), method, input);
  const subjectIds: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    const s = await ok('subjects.create', {
      uscc: testUscc(i + 1),
      name: `固阳县第${i + 1}零售店`,
      type: '企业',
      industryCode: 'F5211',
      riskClass: 'ABCD'[i % 4],
    });
    subjectIds.push(s.id);
  }
  const { general, key } = await twoItems(core, token, 50);
  const officers: number[] = [];
  for (const departmentId of [1, 17]) {
    for (let i = 0; i < (options.officersPerDepartment ?? 3); i += 1) {
      const o = await ok('inspectors.create', {
        name: `执法${departmentId}-${i}`,
        departmentId,
        certNo: `ZF${departmentId}0${i}1`,
        certValidFrom: '2024-01-01',
        certValidTo: '2028-12-31',
      });
      officers.push(o.id);
    }
  }
  const plan = await ok('plans.create', { year: 2026, departmentId: 1, name: '2026 年抽查计划' });
  const planned = await ok('plans.saveTask', {
    planId: plan.id,
    fields: {
      name: '零售店联合检查',
      itemIds: [general, key],
      leadDepartmentId: 1,
      scope: { industryCode: 'F52' },
      ratios: { mode: 'byClass', A: 10, B: 20, C: 30, D: 50 },
      periodStart: '2026-04-01',
      periodEnd: '2026-10-31',
      mode: '现场',
    },
  });
  await ok('plans.publish', { id: plan.id, approvedOn: '2026-03-02', publishedOn: '2026-03-02' });
  const task = await ok('tasks.createFromPlan', { planTaskId: planned.id, teamSize: 2 });
  return { subjectIds, officers, items: { general, key }, planId: plan.id, taskId: task.id };
}
