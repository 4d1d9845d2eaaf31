import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { restaurantCounty } from './pages/restaurants';
import { officeToday } from './time-zone';

// Issue 16 point 5: the plan task names the flags whose subjects form the targeted (重点) stratum.
test('a plan task ticks the flags that form its targeted stratum, and the task shows them', async ({ app, page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  await restaurantCounty(api, { restaurants: 4, officersPerDepartment: 0 });
  const year = Number(officeToday().slice(0, 4));

  const plans = await shell.openPlans();
  const plan = await plans.createPlan(`${year} 年重点对象抽查计划`);
  const dialog = await plan.addTask();
  await dialog.chooseItems(['餐饮服务食品安全检查']);
  // The penalty flag is ticked by default (the stratum as it always was); the office adds two and drops it.
  await expect(dialog.targetFlag('近三年受过行政处罚')).toBeChecked();
  await dialog.targetedRatio.fill('10');
  await dialog.targetFlag('投诉举报经核实').check();
  await dialog.targetFlag('列入经营异常名录').check();
  await dialog.targetFlag('近三年受过行政处罚').uncheck();
  await dialog.targetFlag('列入经营异常名录').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/plan-task-target-flags.png' });
  await dialog.saveTask({ name: '重点对象检查' });
  await expect(plan.taskRow('重点对象检查')).toContainText('重点对象（投诉举报经核实、列入经营异常名录） 10%');

  // Opened again, the form shows the flags as saved.
  const again = await plan.editTask('重点对象检查');
  await expect(again.targetFlag('投诉举报经核实')).toBeChecked();
  await expect(again.targetFlag('列入经营异常名录')).toBeChecked();
  await expect(again.targetFlag('近三年受过行政处罚')).not.toBeChecked();
});

test('the subject form sets 投诉举报经核实, and 按名单标记 offers the flags', async ({ app, page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  await shell.openSubjects();
  await page.getByTestId('subject-add').click();
  await page.getByTestId('subject-complaint-verified').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('subject-complaint-verified')).toBeVisible();
  await page.waitForTimeout(500); // the dialog's opening animation, so the screenshot shows it settled
  await page.screenshot({ path: 'test-results/screens/subject-form-flags.png' });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByTestId('subject-flag-list').click();
  await expect(page.getByTestId('flag-list-flag')).toContainText('列入经营异常名录');
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/screens/subject-flag-list.png' });
});
