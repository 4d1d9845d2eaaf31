import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';
import { PlanPages } from './pages/plan-pages';
import { restaurantCounty } from './pages/restaurants';
import { TaskPage } from './pages/task-page';
import { joined, readPdf } from '../support/pdf';

test('plan a joint task, publish and adjust it, draw before a witness, redraw, lock, match teams and change a member', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  // The directories, entered through the same door the screens use: 24 restaurants, two departments' items and
  // three officers in each of them.
  await restaurantCounty(api, { restaurants: 24, officersPerDepartment: 3 });

  const shell = new AppShell(page);
  const plans = new PlanPages(page);
  await shell.open('双随机抽查');
  await shell.open('年度抽查计划');
  await plans.addPlan.click();
  await plans.planName.fill('2026 年部门联合抽查计划');
  await plans.createPlan.click();
  await expect(plans.summary).toContainText('草稿');

  await plans.addTask.click();
  await plans.taskName.fill('餐饮单位联合检查');
  await plans.chooseItems(['餐饮服务食品安全检查', '公共场所卫生检查']);
  await plans.saveTask.click();
  await expect(plans.taskRow('餐饮单位联合检查')).toContainText('联合');
  await expect(plans.warnings).toContainText('只有 2 个部门参加');

  await plans.publish.click();
  await plans.confirmPublish.click();
  await expect(plans.summary).toContainText('已发布 第 1 版');

  // After publication a change is an adjustment: refused without a reason, recorded with one, then published.
  await plans.taskRow('餐饮单位联合检查').getByRole('button', { name: '修改' }).click();
  await plans.taskName.fill('餐饮单位部门联合检查');
  await plans.saveTask.click();
  await expect(page.getByText('请写明调整原因')).toBeVisible();
  await plans.adjustReason.fill('按联席会议意见更名');
  await plans.saveTask.click();
  await expect(plans.adjustments).toContainText('待发布');
  await expect(plans.adjustments).toContainText('任务名称：餐饮单位联合检查 → 餐饮单位部门联合检查');
  // Until published, the task is in force under its old name; the new one is marked 待发布.
  await expect(plans.taskRow('餐饮单位联合检查').getByTestId('plan-task-pending')).toHaveText(
    '待发布餐饮单位部门联合检查',
  );
  await page.screenshot({ path: 'test-results/screens/plan-pending.png', fullPage: true });
  await plans.publish.click();
  await plans.confirmPublish.click();
  await expect(plans.summary).toContainText('已发布 第 2 版');
  await expect(plans.adjustments).toContainText('第 2 版');
  await expect(plans.confirmPublish).toBeHidden();
  await page.screenshot({ path: 'test-results/screens/plan-adjusted.png', fullPage: true });

  // The plan as a print-ready PDF: the browser downloads it; its text is the plan's, in the office's name.
  const downloading = page.waitForEvent('download');
  await plans.pdf.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2026 年部门联合抽查计划.pdf');
  const pdf = readPdf(await download.path());
  expect(pdf.text).toContain('2026 年部门联合抽查计划');
  expect(joined(pdf.text)).toContain('餐饮单位部门联合检查');
  expect(pdf.text).toContain('第 2 版');
  expect(pdf.fonts.every((f) => f.embedded && f.subset)).toBe(true);

  // A task from the plan, and the ceremony: pool and commitment first, the witness's number, then the result.
  const task = new TaskPage(page);
  await shell.open('抽查任务');
  await task.fromPlan.click();
  await task.choose(task.fromPlanPlan, '2026 年部门联合抽查计划');
  await task.choose(task.fromPlanTask, '餐饮单位部门联合检查');
  await task.fromPlanCreate.click();
  await task.openDraw.click();
  await expect(task.poolSize).toHaveText('24');
  await expect(task.counting).toContainText('合计');
  const commitment = await task.nonceHash.textContent();
  expect(commitment).toMatch(/^[0-9a-f]{64}$/);
  await task.witness('县纪委 王监督', '31415926');
  await expect(task.card).toContainText('已抽取，待锁定');
  await expect(task.card).toContainText('县纪委 王监督：31415926');
  await expect(task.nonceHash).toHaveText(commitment ?? '');

  await task.redraw.click();
  await task.redrawConfirm.click();
  await expect(page.getByText('请写明原因')).toBeVisible();
  await task.redrawReason.fill('监督人到场前误点了抽取');
  await task.redrawApprover.fill('张局长');
  await task.redrawConfirm.click();
  await expect(task.card).toContainText('第 2 次抽取');
  await expect(task.card).toContainText('重新抽取原因：监督人到场前误点了抽取（批准人：张局长）');
  await task.witness('县纪委 王监督', '27182818');
  await task.lock.click();
  await page.getByRole('button', { name: '锁 定' }).click();
  await expect(task.card).toContainText('已锁定');
  await page.screenshot({ path: 'test-results/screens/draw-locked.png', fullPage: true });

  // Teams: every drawn restaurant gets an officer of each department; a change needs a reason and is recorded.
  await task.tab(/抽取结果与检查组/).click();
  await task.match.click();
  const first = task.subjects.locator('tbody tr').first();
  await expect(first).toContainText('市场监管');
  await expect(first).toContainText('卫健');
  await first.getByRole('button', { name: '调整成员' }).click();
  await task.choose(task.changeRemove, '市场监管');
  await task.choose(task.changeAdd);
  await task.changeReason.fill('原执法人员出差');
  await task.changeSave.click();
  await expect(task.changes).toContainText('原执法人员出差');
  await page.screenshot({ path: 'test-results/screens/teams.png', fullPage: true });

  // The full history: both attempts, the first superseded, the second locked with its reason and approver.
  await task.tab('抽取记录').click();
  await expect(task.attempts.locator('tbody tr')).toHaveCount(2);
  await expect(task.attempts).toContainText('已作废（重新抽取）');
  await expect(task.attempts).toContainText('监督人到场前误点了抽取（批准：张局长）');
  await expect(task.attempts).toContainText('县纪委 王监督：27182818');
});
