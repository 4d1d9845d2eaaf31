import type { MethodInput } from '../../../electron/core/contract';
import { testUscc } from '../../support/draws';
import type { Api } from './api';

/**
 * The directories a draw needs, entered through the same door the screens use: restaurants across the four classes,
 * a general item of 市场监管 (1) and a key item of 卫健 (17), and officers of both departments.
 */
export async function restaurantCounty(api: Api, counts: { restaurants: number; officersPerDepartment: number }) {
  for (let i = 1; i <= counts.restaurants; i += 1)
    await api('subjects.create', {
      uscc: testUscc(i),
      name: `固阳县第${i}餐馆`,
      industryCode: 'H6210',
      riskClass: 'ABCD'[i % 4],
    });
  const base: Pick<MethodInput<'items.create'>, 'basis' | 'methods' | 'effectiveFrom'> = {
    basis: '依据',
    methods: ['实地核查'],
    effectiveFrom: '2026-01-01',
  };
  const general = await api('items.create', {
    ...base,
    code: 'SC-1',
    departmentId: 1,
    name: '餐饮服务食品安全检查',
    category: 'general',
    ratioCap: 50,
    frequencyCap: 1,
  });
  const key = await api('items.create', {
    ...base,
    code: 'WJ-1',
    departmentId: 17,
    name: '公共场所卫生检查',
    category: 'key',
  });
  for (const departmentId of [1, 17])
    for (let i = 0; i < counts.officersPerDepartment; i += 1)
      await api('inspectors.create', {
        name: `${departmentId === 1 ? '市监' : '卫健'}执法${i + 1}`,
        departmentId,
        certNo: `ZF${departmentId}0${i}1`,
        certValidFrom: '2024-01-01',
        certValidTo: '2030-12-31',
      });
  return { general: general.id, key: key.id };
}
