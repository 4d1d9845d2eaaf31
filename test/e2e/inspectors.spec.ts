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

test('record a township recusal by code and by name, read back as the rule words it', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  await expect(shell.pageTitle).toHaveText('工作台');
  const inspectors = await shell.openInspectors();
  await inspectors.create({
    name: '王执法',
    department: '县市场监督管理局',
    cert: 'NM150222002',
    validTo: '2030-12-31',
  });
  await inspectors.openDetails('王执法');

  // A 9-digit township code: the form says how it will be recorded before saving.
  await inspectors.addRegionRecusal('乡镇街道（9 位代码）', '150222100', '家住该镇');
  await expect(page.getByTestId('recusal-region-preview')).toHaveText('将登记为：乡镇街道 150222100');
  await inspectors.recusalSubmit.click();
  await expect(inspectors.recusals).toContainText('乡镇街道 150222100');

  // A name that is not a township's is explained in the rule's words, and nothing is saved.
  await inspectors.addRegionRecusal('乡镇街道名称', '城关', '配偶在该镇经营');
  await inspectors.recusalSubmit.click();
  await expect(inspectors.recusalForm).toContainText('应以“镇”“乡”“街道”“苏木”或“办事处”结尾');
  await expect(inspectors.recusalRows()).toHaveCount(1);

  await page.getByTestId('recusal-region').fill('城关镇');
  await expect(inspectors.recusalForm).not.toContainText('应以“镇”');
  await expect(page.getByTestId('recusal-region-preview')).toHaveText('将登记为：乡镇街道“城关镇”（按登记地址）');
  await page.screenshot({ path: 'test-results/screens/inspector-recusal-township-form.png' });
  await inspectors.recusalSubmit.click();
  await expect(inspectors.recusals).toContainText('乡镇街道“城关镇”（按登记地址）');
  await expect(inspectors.recusalRows()).toHaveCount(2);
  await inspectors.recusals.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/inspector-recusal-township.png' });
});
