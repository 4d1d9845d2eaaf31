import { expect, test } from './fixtures';
import { optionDisabled } from './pages/antd';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { lockedShopTask } from './pages/shop-task';

/**
 * One certificate rule: an officer the inspector screen shows as 无执法证 (no certificate number, though validity
 * dates were typed) is never put on a team by the match, however evenly the match spreads the visits.
 */
test('an officer shown as 无执法证 is left out of every team', async ({ app, page }) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  // Three shops, teams of two: six places for the officers of 市场监管, so every officer fit to go gets some.
  const { task } = await lockedShopTask(
    api,
    [1, 2, 3].map((i) => ({ name: `固阳县第${i}商店` })),
    [
      { name: '赵执法', certNo: 'ZF9001' },
      { name: '钱执法', certNo: 'ZF9002' },
      { name: '孙无证', certNo: '' },
    ],
  );

  const inspectors = await shell.openInspectors();
  await expect(inspectors.row('孙无证')).toContainText('无执法证');
  await expect(inspectors.row('赵执法')).toContainText('有效');
  await page.screenshot({ path: 'test-results/screens/certificate-rule-inspectors.png' });

  const taskPage = await shell.visitTask(app.url, task.id);
  await taskPage.showTeams();
  const rows = taskPage.subjectRows();
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) {
    await expect(rows.nth(i)).toContainText(/赵执法|钱执法/);
    await expect(rows.nth(i)).not.toContainText('孙无证');
  }
  await page.screenshot({ path: 'test-results/screens/certificate-rule-teams.png' });

  // The change-member picker judges by the same rule: he is listed, with the reason, but cannot be chosen.
  const offered = await taskPage.offeredOfficer(rows.first(), '孙无证');
  await expect(offered).toContainText('无执法证，不能派出');
  expect(await optionDisabled(offered)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/certificate-rule-picker.png' });
});
