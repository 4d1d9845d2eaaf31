import { testUscc } from '../../support/draws';
import { periodEndingToday } from '../time-zone';
import type { Api } from './api';

/**
 * A special task of 市场监管 over a few shops whose period ends today, drawn (every shop: 100 %), locked and matched
 * with teams of two, entered through the same door the screens use (the draw ceremony has its own spec).
 */
export async function lockedShopTask(
  api: Api,
  shops: { name: string; address?: string }[],
  officers: { name: string; certNo: string }[],
) {
  const period = periodEndingToday();
  for (const [i, shop] of shops.entries())
    await api('subjects.create', { uscc: testUscc(i + 1), ...shop, industryCode: 'F5211', riskClass: 'B' });
  const item = await api('items.create', {
    code: 'SC-9',
    departmentId: 1,
    name: '商品质量检查',
    category: 'key',
    basis: '依据',
    methods: ['实地核查'],
    effectiveFrom: `${period.year}-01-01`,
  });
  for (const officer of officers)
    await api('inspectors.create', {
      ...officer,
      departmentId: 1,
      certValidFrom: '2024-01-01',
      certValidTo: '2035-12-31',
    });
  const task = await api('tasks.createSpecial', {
    fields: {
      name: '商品质量专项检查',
      itemIds: [item.id],
      leadDepartmentId: 1,
      scope: {},
      ratios: { mode: 'all', all: 100 },
      periodStart: period.start,
      periodEnd: period.end,
      mode: '现场',
    },
    reason: '群众投诉集中',
    teamSize: 2,
  });
  const attempt = await api('draws.open', { taskId: task.id });
  await api('draws.run', { drawId: attempt.id, witnesses: [{ name: '李监督', value: '2026' }] });
  await api('draws.lock', { drawId: attempt.id });
  await api('draws.match', { taskId: task.id });
  return { task, item, period };
}
