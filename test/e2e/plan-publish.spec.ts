import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { JOINT_PLAN, JOINT_TASK, RENAMED_TASK, publishedJointPlan } from './pages/joint-plan';
import { restaurantCounty } from './pages/restaurants';
import { joined, readPdf } from '../support/pdf';

/** 年度抽查计划: planning a joint task, adjusting the published plan, and the plan as a PDF. */

test('plan a joint task of two departments and publish the plan', async ({ app, page }) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  await restaurantCounty(apiOf(page, app.url), { restaurants: 24, officersPerDepartment: 3 });

  const plans = await shell.openPlans();
  const plan = await plans.createPlan(JOINT_PLAN);
  await expect(plan.summary).toContainText('草稿');

  const dialog = await plan.addTask();
  await dialog.name.fill(JOINT_TASK);
  await dialog.chooseItems(['餐饮服务食品安全检查', '公共场所卫生检查']);
  await dialog.saveTask();
  await expect(plan.taskRow(JOINT_TASK)).toContainText('联合');
  await expect(plan.warnings).toContainText('只有 2 个部门参加');

  await plan.publish();
  await expect(plan.summary).toContainText('已发布 第 1 版');
});

test('after publication a change is an adjustment: refused without a reason, pending until published again', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  await publishedJointPlan(apiOf(page, app.url));
  const plan = await (await shell.openPlans()).open(JOINT_PLAN);
  await expect(plan.summary).toContainText('已发布 第 1 版');

  const dialog = await plan.editTask(JOINT_TASK);
  await dialog.saveTask({ name: RENAMED_TASK });
  await expect(dialog.error('请写明调整原因')).toBeVisible();
  await dialog.saveTask({ reason: '按联席会议意见更名' });
  await expect(plan.adjustments).toContainText('待发布');
  await expect(plan.adjustments).toContainText(`任务名称：${JOINT_TASK} → ${RENAMED_TASK}`);
  // Until published, the task is in force under its old name; the new one is marked 待发布.
  await expect(plan.pendingChange(JOINT_TASK)).toHaveText(`待发布${RENAMED_TASK}`);
  await page.screenshot({ path: 'test-results/screens/plan-pending.png', fullPage: true });

  await plan.publish();
  await expect(plan.summary).toContainText('已发布 第 2 版');
  await expect(plan.adjustments).toContainText('第 2 版');
  await expect(plan.confirmPublish).toBeHidden();
  await page.screenshot({ path: 'test-results/screens/plan-adjusted.png', fullPage: true });
});

test('the adjusted plan saves as a print-ready PDF in the office’s name', async ({ app, page }) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  await publishedJointPlan(apiOf(page, app.url), { renamed: true });
  const plan = await (await shell.openPlans()).open(JOINT_PLAN);
  await expect(plan.summary).toContainText('已发布 第 2 版');

  // The browser downloads it; its text is the plan's as last published, with embedded subset fonts.
  const download = await plan.savePdf();
  expect(download.suggestedFilename()).toBe(`${JOINT_PLAN}.pdf`);
  const pdf = readPdf(await download.path());
  expect(pdf.text).toContain(JOINT_PLAN);
  expect(joined(pdf.text)).toContain(RENAMED_TASK);
  expect(pdf.text).toContain('第 2 版');
  expect(pdf.fonts.every((f) => f.embedded && f.subset)).toBe(true);
});
