import { expect, test } from './fixtures';
import { anyOption, chooseOption, fieldError, optionDisabled, searchOptions } from './pages/antd';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { JOINT_PLAN, JOINT_TASK, drawnJointTask } from './pages/joint-plan';
import { officeToday } from './time-zone';

/**
 * No silent second draw (issue 16, point 1): while a planned task has a live task, 按计划创建 says why it cannot be
 * chosen; 作废 (reason and approver, keyboard only) frees it, and the task created again says what it replaces.
 */
test('a locked task is cancelled with a reason and an approver, and the recreated task says it replaces it', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const { taskId, drawId } = await drawnJointTask(api);
  await api('draws.lock', { drawId });

  // The planned task already has a live task: offered greyed out, naming it.
  let tasks = await shell.openTasks();
  await tasks.fromPlan.click();
  await chooseOption(tasks.fromPlanPlan, JOINT_PLAN);
  const options = await searchOptions(tasks.fromPlanTask);
  const held = options.filter({ hasText: JOINT_TASK });
  await expect(held).toContainText(`已有任务（编号 ${taskId}），须先在该任务页面作废后才能重建`);
  expect(await optionDisabled(held)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/task-from-plan-held.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // 作废 on the task's page: a missing reason is refused in the dialog; then by keyboard alone.
  const task = await tasks.openTask(JOINT_TASK);
  await task.cancelButton.click();
  await task.cancelConfirm.click();
  await expect(fieldError(page, '请写明作废原因')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/task-cancel-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(task.cancelConfirm).toBeHidden();
  await task.cancelByKeyboard('抽取时名录尚未更新', '张局长');
  await expect(task.cancelledNote).toContainText(`经 张局长 批准作废`);
  await expect(task.cancelledNote).toContainText('原因：抽取时名录尚未更新');
  await expect(task.cancelButton).toBeHidden();

  // Created again from the plan: the new task names the one it replaces, when, by whom and why.
  tasks = await shell.openTasks();
  const created = await tasks.createFromPlan(JOINT_PLAN, JOINT_TASK);
  await expect(created.replacesNote).toContainText(
    `本任务替代已作废的任务“${JOINT_TASK}”（编号 ${taskId}）：该任务于 ${officeToday()} 经 张局长 批准作废，原因：抽取时名录尚未更新。`,
  );
  await expect(created.openDrawButton).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/task-replaces.png' });

  // The list tells the two apart.
  tasks = await shell.openTasks();
  await expect(tasks.table.locator('tr', { hasText: '已作废' })).toHaveCount(1);
  await expect(tasks.table.locator('tr', { hasText: `替代 ${taskId}` })).toHaveCount(1);
  expect(await anyOption(page, /须先在该任务页面作废/).count()).toBe(0);
});
