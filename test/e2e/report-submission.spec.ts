import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { ChangePasswordPage, LoginPage, setUpAsAdmin } from './pages/auth-pages';

/** The month `back` months before the office's current month, as the period picker names it and as 2026-10. */
function monthBack(today: string, back: number) {
  const total = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - back;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { label: `${y} 年 ${m} 月`, period: `${y}-${String(m).padStart(2, '0')}` };
}

test('a department submits its monthly report, sees it frozen, and sees the month before flagged 逾期未报', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const today = (await api('system.today', {})).date;
  await api('users.create', {
    username: 'weijian',
    displayName: '卫健管理员',
    role: 'deptAdmin',
    departmentId: 17,
    password: 'Initial123',
  });
  // The county office sees every department in service.
  await shell.openIn('报表统计', '报送情况');
  await expect(page.getByTestId('submission-state-1')).toBeVisible();
  await expect(page.getByTestId('submission-state-17')).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.screenshot({ path: 'test-results/screens/submissions-county-1024.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await shell.logout();
  await new LoginPage(page).login('weijian', 'Initial123');
  await new ChangePasswordPage(page).change('Initial123', 'MyOwn12345');
  await expect(shell.pageTitle).toHaveText('工作台', { timeout: 60_000 });

  await shell.openIn('报表统计', '报送情况');
  await expect(shell.pageTitle).toHaveText('报送情况');
  // A department sees its own row alone; last month is due on the 5th of this month.
  const table = page.getByTestId('submissions-table');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
  const state = page.getByTestId('submission-state-17');
  await expect(state).toHaveText(today.slice(8, 10) > '05' ? '逾期未报' : '未报送');

  // 报送 with a confirmation: frozen as version 1, by whom and when.
  await page.getByTestId('submission-submit-17').click();
  await expect(page.getByRole('dialog')).toContainText('冻结保存');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/screens/submission-confirm.png' });
  await page.locator('#submission-confirm').click();
  await expect(state).toHaveText(today.slice(8, 10) > '05' ? '逾期报送' : '已报送');
  await expect(table).toContainText('第 1 版');
  await expect(table).toContainText(`${today} 卫健管理员`);
  await expect(page.getByTestId('submission-submit-17')).toHaveText('重新报送');

  // A resubmission asks for its reason before it can be confirmed; the first version stays listed.
  await page.getByTestId('submission-submit-17').click();
  await expect(page.locator('#submission-confirm')).toBeDisabled();
  await page.getByLabel('重新报送原因').fill('补录检查结果');
  await page.locator('#submission-confirm').click();
  await expect(table).toContainText('第 2 版');
  await expect(table).toContainText('第 1 版');
  await expect(table).toContainText('重报原因：补录检查结果');
  await page.screenshot({ path: 'test-results/screens/submissions-frozen.png' });
  // The frozen version downloads as it was submitted.
  const saved = page.waitForEvent('download');
  await table.getByRole('button', { name: '第 1 版' }).click();
  expect((await saved).suggestedFilename()).toContain('（第1版）.xlsx');

  // Two months back: due on the 5th of last month, never submitted — 逾期未报.
  const earlier = monthBack(today, 2);
  await page.getByTestId('submission-period').click();
  await page.getByTitle(earlier.label).click();
  await expect(state).toHaveText('逾期未报');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/screens/submissions-1366.png' });
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.screenshot({ path: 'test-results/screens/submissions-1024.png' });

  // The 待办 page lists the report owed.
  await shell.openIn('结果与公示', '待办/超期');
  await expect(page.getByTestId('todo-reports-owed')).toContainText('逾期未报');
});
