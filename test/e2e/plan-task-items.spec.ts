import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';
import { PlanPages } from './pages/plan-pages';
import { restaurantCounty } from './pages/restaurants';
import { officeToday } from './time-zone';

test('添加计划任务: the period first, items by code, a joint item as a whole, and why an item is not offered', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  await setUpAsAdmin(page, app.url);
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
  await api('items.jointCreate', { name: '餐饮行业一业一查', leadDepartmentId: 1, itemIds: [general, key] });

  const shell = new AppShell(page);
  const plans = new PlanPages(page);
  await shell.open('双随机抽查');
  await shell.open('年度抽查计划');
  await plans.addPlan.click();
  await plans.planName.fill(`${year} 年部门联合抽查计划`);
  await plans.createPlan.click();
  await expect(plans.summary).toContainText('草稿');
  await plans.addTask.click();

  const dialog = page.locator('.ant-modal:visible');
  // The period comes first: the items offered depend on its first day (default 1 April).
  await expect(dialog.locator('.ant-form-item-label').first()).toHaveText('检查期间');
  await expect(plans.itemsExcluded).toContainText(`1 个事项在 ${year}-04-01（检查期间第一天）尚未生效或已废止，未列出`);
  await expect(plans.itemsExcluded).toContainText(`SC-7 网络交易监督检查（${year}-06-01 起生效）`);
  await expect(plans.itemOption('SC-7')).toHaveCount(0);

  // Options read 编码 名称 and are found by code.
  await plans.taskItems.click();
  await page.keyboard.type('wj-1');
  await expect(plans.visibleOptions).toHaveCount(1);
  await expect(plans.visibleOptions.first()).toContainText('WJ-1 公共场所卫生检查');
  await plans.taskItems.locator('input').fill('');
  await page.keyboard.press('Escape');

  // The joint item (一业一查) brings in all its member items at once.
  await plans.chooseItems(['餐饮行业一业一查']);
  await expect(plans.taskItems).toContainText('SC-1 餐饮服务食品安全检查');
  await expect(plans.taskItems).toContainText('WJ-1 公共场所卫生检查');
  await expect(plans.taskItems).not.toContainText('一业一查');
  await expect(plans.visibleOptions).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/plan-task-items.png' });

  await plans.taskName.fill('餐饮单位联合检查');
  await plans.saveTask.click();
  await expect(plans.taskRow('餐饮单位联合检查')).toContainText('餐饮服务食品安全检查、公共场所卫生检查');

  // On the plan list a click anywhere on the row opens the plan, and so does Enter on the focused row.
  await page.getByRole('button', { name: '返回列表' }).click();
  const row = page.getByTestId('plans-table').locator('tr', { hasText: `${year} 年部门联合抽查计划` });
  await row.getByRole('cell', { name: '1', exact: true }).click();
  await expect(plans.summary).toContainText('草稿');
  await page.getByRole('button', { name: '返回列表' }).click();
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(plans.summary).toContainText('草稿');
});
