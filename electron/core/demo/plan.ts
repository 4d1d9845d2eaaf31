import type { Db } from '../../../db/client';
import type { Core } from '../app';
import { allInspectors, certificateValidity, hasCertNo } from '../inspectors';
import { firstItemOfDepartment } from '../items';
import { demoCall } from './call';
import type { DemoRandom } from './random';

/** The departments (other than the lead office) with the most officers fit to go out all year, most first. */
function staffedDepartments(db: Db, year: number): number[] {
  const counts = new Map<number, number>();
  const wholeYear = { start: `${year}-01-01`, end: `${year}-12-31` };
  for (const o of allInspectors(db))
    if (certificateValidity({ ...o, hasCertNo: hasCertNo(o.certNo) }, wholeYear) === 'valid')
      counts.set(o.departmentId, (counts.get(o.departmentId) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([id, n]) => id !== 1 && n >= 3)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([id]) => id);
}

const firstItemOf = (db: Db, departmentId: number): number | undefined => firstItemOfDepartment(db, departmentId);

/**
 * The county's published plan for the year: three joint tasks of the lead office with the best-staffed other
 * departments and one task of its own. The first two are drawn before witnesses, locked and matched; the third
 * is left ready for a new user to run the ceremony; the fourth is planned only.
 */
export async function writeDemoPlan(core: Core, random: DemoRandom, year: number, county: string) {
  const { db } = core;
  const others = staffedDepartments(db, year).filter((d) => firstItemOf(db, d) !== undefined);
  const lead = firstItemOf(db, 1);
  if (lead === undefined || others.length < 4) return { tasks: 0, drawn: [] as number[] };
  const item = (d: number) => firstItemOf(db, d) ?? 0;
  const plan = await demoCall(core, 'plans.create', {
    year,
    departmentId: null,
    name: `${year} 年${county}部门联合“双随机、一公开”抽查工作计划`,
  });
  const quarter = (q: number) => ({
    periodStart: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
    periodEnd: `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? 31 : 30}`,
  });
  // The second task runs through the second half-year, so its results meet their deadlines around any demo day.
  const secondHalf = { periodStart: `${year}-07-01`, periodEnd: `${year}-12-31` };
  const planned: {
    name: string;
    scope: object;
    departments: (number | undefined)[];
    period: { periodStart: string; periodEnd: string };
  }[] = [
    {
      name: '餐饮服务单位部门联合检查',
      scope: { industryCode: 'H62' },
      departments: [others[0], others[1]],
      period: quarter(2),
    },
    {
      name: '零售门店部门联合检查',
      scope: { industryCode: 'F52' },
      departments: [others[2], others[3]],
      period: secondHalf,
    },
    {
      name: '制造企业部门联合检查',
      scope: { industryCode: 'C' },
      departments: [others[0], others[2]],
      period: quarter(4),
    },
    { name: '市场主体登记事项检查', scope: {}, departments: [], period: quarter(3) },
  ];
  const ids: number[] = [];
  for (const p of planned) {
    const departmentIds = p.departments.filter((d): d is number => d !== undefined);
    const saved = await demoCall(core, 'plans.saveTask', {
      planId: plan.id,
      fields: {
        name: p.name,
        itemIds: [lead, ...departmentIds.map(item)],
        leadDepartmentId: 1,
        departmentIds,
        scope: p.scope,
        ratios: { mode: 'byClass', A: 1, B: 2, C: 3, D: 10 },
        ...p.period,
        mode: '现场',
        notes: '演示数据',
      },
    });
    ids.push(saved.id);
  }
  await demoCall(core, 'plans.publish', { id: plan.id, approvedOn: `${year}-03-02`, publishedOn: `${year}-03-05` });
  const drawn: number[] = [];
  for (const [i, planTaskId] of ids.slice(0, 3).entries()) {
    const task = await demoCall(core, 'tasks.createFromPlan', { planTaskId, teamSize: 2 });
    if (i === 2) continue;
    const attempt = await demoCall(core, 'draws.open', { taskId: task.id });
    await demoCall(core, 'draws.run', {
      drawId: attempt.id,
      witnesses: [
        { name: '县纪委监督员', value: String(10_000 + random.int(90_000)) },
        { name: '企业代表', value: String(100 + random.int(900)) },
      ],
    });
    await demoCall(core, 'draws.lock', { drawId: attempt.id });
    await demoCall(core, 'draws.match', { taskId: task.id });
    drawn.push(task.id);
  }
  return { tasks: ids.length, drawn };
}
