import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { restaurantCounty } from './pages/restaurants';
import { officeToday } from './time-zone';

test('添加计划任务: the period first, items by code, a joint item as a whole, and why an item is not offered', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const { general, key } = await restaurantCounty(api, { restaurants: 4, officersPerDepartment: 0 });
  const year = Number(officeToday().slice(0, 4));
  // A new regulation's item takes effect in June: a task whose period starts in April may not name it.
  await api('items.create', {
    code: 'SC-7',
    departmentId: 1,
    name: '网络交易监督检查',
    category: 'key',
    basis: '依据',
    methods: ['网络监测'],
    effectiveFrom: `${year}-06-01`,
  });
  // The joint item as of the period's first day is what the dialog offers: this one is in force from 1 January.
  await api('items.jointCreate', {
    name: '餐饮行业一业一查',
    leadDepartmentId: 1,
    itemIds: [general, key],
    effectiveFrom: '2026-01-01',
  });

  const plans = await shell.openPlans();
  const planName = `${year} 年部门联合抽查计划`;
  const plan = await plans.createPlan(planName);
  await expect(plan.summary).toContainText('草稿');
  const dialog = await plan.addTask();

  // The period comes first: the items offered depend on its first day (default 1 April).
  await expect(dialog.firstFieldLabel()).toHaveText('检查期间');
  await expect(dialog.itemsExcluded).toContainText(
    `1 个事项在 ${year}-04-01（检查期间第一天）尚未生效或已废止，未列出`,
  );
  await expect(dialog.itemsExcluded).toContainText(`SC-7 网络交易监督检查（${year}-06-01 起生效）`);
  await expect(dialog.itemOption('SC-7')).toHaveCount(0);

  // Options read 编码 名称 and are found by code.
  const found = await dialog.searchItems('wj-1');
  await expect(found).toHaveCount(1);
  await expect(found.first()).toContainText('WJ-1 公共场所卫生检查');
  await dialog.clearItemSearch();

  // The joint item (一业一查) brings in all its member items at once.
  await dialog.chooseItems(['餐饮行业一业一查']);
  await expect(dialog.items).toContainText('SC-1 餐饮服务食品安全检查');
  await expect(dialog.items).toContainText('WJ-1 公共场所卫生检查');
  await expect(dialog.items).not.toContainText('一业一查');
  await expect(await dialog.itemOptions()).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/plan-task-items.png' });

  await dialog.saveTask({ name: '餐饮单位联合检查' });
  await expect(plan.taskRow('餐饮单位联合检查')).toContainText('餐饮服务食品安全检查、公共场所卫生检查');

  // On the plan list a click anywhere on the row opens the plan, and so does Enter on the focused row.
  const list = await plan.backToList();
  await expect((await list.openByClick(planName, '1')).summary).toContainText('草稿');
  await plan.backToList();
  await expect((await list.openByKeyboard(planName)).summary).toContainText('草稿');
});
