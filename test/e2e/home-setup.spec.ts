import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { HomePage } from './pages/home-page';
import { setUpAsAdmin } from './pages/auth-pages';

test('工作台 of a new office lists the set-up steps with their state and a link, and drops them once done', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  const home = new HomePage(page);
  const { checklist } = home;
  const step = (key: string) => home.step(key);
  await expect(checklist).toContainText('已完成 0 / 7');
  await expect(step('officerAccounts')).toContainText('尚无执法人员账户');
  await expect(step('items')).toContainText('清单中还没有事项');
  await expect(step('items')).toHaveAttribute('data-done', 'false');
  await page.screenshot({ path: 'test-results/screens/home-setup.png' });
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.screenshot({ path: 'test-results/screens/home-setup-1024.png' });
  await page.setViewportSize({ width: 1366, height: 768 });

  // A step's link opens its page; coming back, the step shows what was done.
  await home.followStep('items');
  await expect(shell.pageTitle).toHaveText('随机抽查事项清单');
  await apiOf(page, app.url)('items.create', {
    code: 'SC-1',
    departmentId: 1,
    name: '餐饮服务食品安全检查',
    category: 'key',
    basis: '依据',
    methods: ['实地核查'],
    effectiveFrom: '2020-01-01',
  });
  await shell.openHome();
  await expect(step('items')).toHaveAttribute('data-done', 'true');
  await expect(step('items')).toContainText('清单中有 1 个事项');
  await expect(checklist).toContainText('已完成 1 / 7');
});
