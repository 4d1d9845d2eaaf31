import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';
import { InspectorsPage } from './pages/inspectors-page';

test('add an inspector and record a recusal from a subject they must not inspect', async ({ app, page }) => {
  await setUpAsAdmin(page, app.url);
  const shell = new AppShell(page);
  await expect(shell.pageTitle).toHaveText('工作台');
  // The subject exists in the directory already (entered through the same HTTP door the screens use).
  const created = await page.request.post(`${app.url}/api/subjects.create`, {
    data: { uscc: '91350100M000100Y43', name: '固阳县金山镇示范超市有限公司' },
  });
  expect(((await created.json()) as { ok: boolean }).ok).toBe(true);

  await shell.open('一单两库');
  await shell.open('执法检查人员库');
  const inspectors = new InspectorsPage(page);
  await inspectors.create({
    name: '李执法',
    department: '县市场监督管理局',
    cert: 'NM150222001',
    validTo: '2030-12-31',
  });
  await expect(inspectors.row('李执法')).toContainText('有效');
  // The list says where recusals are recorded: in the person's details, which a click on the row opens.
  await expect(page.getByTestId('inspectors-recusal-note')).toContainText('回避范围在人员详情中登记');
  await page.screenshot({ path: 'test-results/screens/inspectors-list.png' });

  await inspectors.row('李执法').click();
  await expect(inspectors.drawer).toContainText('NM150222001');
  await inspectors.recusalUscc.fill('91350100M000100Y43');
  await inspectors.recusalReason.fill('其妻弟经营该超市');
  await inspectors.recusalSubmit.click();
  await expect(inspectors.recusals).toContainText('固阳县金山镇示范超市有限公司');
  await expect(inspectors.recusals).toContainText('其妻弟经营该超市');
  await page.screenshot({ path: 'test-results/screens/inspector-recusal.png' });

  // A code with a typo is explained, not saved.
  await inspectors.recusalUscc.fill('91350100M000100Y44');
  await inspectors.recusalReason.fill('另一家');
  await inspectors.recusalSubmit.click();
  await expect(page.getByTestId('recusal-form')).toContainText('第 18 位校验码应为“3”');
  await expect(inspectors.recusals.locator('tbody tr.ant-table-row')).toHaveCount(1);
});
