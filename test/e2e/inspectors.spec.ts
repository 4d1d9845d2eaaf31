import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';

test('add an inspector and record a recusal from a subject they must not inspect', async ({ app, page }) => {
  const shell = await setUpAsAdmin(page, app.url);
  await expect(shell.pageTitle).toHaveText('工作台');
  // The subject exists in the directory already (entered through the same HTTP door the screens use).
  await apiOf(page, app.url)('subjects.create', { uscc: '91350100M000100Y43', name: '固阳县金山镇示范超市有限公司' });

  const inspectors = await shell.openInspectors();
  await inspectors.create({
    name: '李执法',
    department: '县市场监督管理局',
    cert: 'NM150222001',
    validTo: '2030-12-31',
  });
  await expect(inspectors.row('李执法')).toContainText('有效');
  // The list says where recusals are recorded: in the person's details, which a click on the row opens.
  await expect(inspectors.recusalNote).toContainText('回避范围在人员详情中登记');
  await page.screenshot({ path: 'test-results/screens/inspectors-list.png' });

  await inspectors.openDetails('李执法');
  await expect(inspectors.drawer).toContainText('NM150222001');
  await inspectors.addRecusal('91350100M000100Y43', '其妻弟经营该超市');
  await expect(inspectors.recusals).toContainText('固阳县金山镇示范超市有限公司');
  await expect(inspectors.recusals).toContainText('其妻弟经营该超市');
  await page.screenshot({ path: 'test-results/screens/inspector-recusal.png' });

  // A code with a typo is explained, not saved.
  await inspectors.addRecusal('91350100M000100Y44', '另一家');
  await expect(inspectors.recusalForm).toContainText('第 18 位校验码应为“3”');
  await expect(inspectors.recusalRows()).toHaveCount(1);
});
