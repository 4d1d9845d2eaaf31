import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { JOINT_PLAN, JOINT_TASK, drawnJointTask, publishedJointPlan } from './pages/joint-plan';

/**
 * The draw ceremony and the teams, one journey per stage: each sets up the stages before it through the API
 * (`pages/joint-plan.ts`), so a failure names the stage that broke.
 */

test('a task from the plan: pool and commitment first, the witness’s number, then the result', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  await publishedJointPlan(apiOf(page, app.url));

  const tasks = await shell.openTasks();
  const task = await tasks.createFromPlan(JOINT_PLAN, JOINT_TASK);
  await task.openDraw();
  await expect(task.poolSize).toHaveText('24');
  await expect(task.counting).toContainText('合计');
  const commitment = await task.nonceHash.textContent();
  expect(commitment).toMatch(/^[0-9a-f]{64}$/);
  await task.witness('县纪委 王监督', '31415926');
  await expect(task.card).toContainText('已抽取，待锁定');
  await expect(task.card).toContainText('县纪委 王监督：31415926');
  // The commitment shown before the witness spoke is the one the result was drawn with.
  await expect(task.nonceHash).toHaveText(commitment ?? '');
});

test('a redraw needs a reason and an approver, and the history keeps both attempts', async ({ app, page }) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  await drawnJointTask(apiOf(page, app.url));
  const task = await (await shell.openTasks()).openTask(JOINT_TASK);
  await expect(task.card).toContainText('已抽取，待锁定');

  await task.redraw();
  await expect(task.error('请写明原因')).toBeVisible();
  await task.redraw({ reason: '监督人到场前误点了抽取', approver: '张局长' });
  await expect(task.card).toContainText('第 2 次抽取');
  await expect(task.card).toContainText('重新抽取原因：监督人到场前误点了抽取（批准人：张局长）');
  await task.witness('县纪委 王监督', '27182818');
  await expect(task.card).toContainText('县纪委 王监督：27182818');

  // The full history: both attempts, the first superseded, the second with its reason and approver.
  await task.showAttempts();
  await expect(task.attemptRows()).toHaveCount(2);
  await expect(task.attempts).toContainText('已作废（重新抽取）');
  await expect(task.attempts).toContainText('监督人到场前误点了抽取（批准：张局长）');
  await expect(task.attempts).toContainText('县纪委 王监督：27182818');
});

test('a drawn list is locked after the office confirms it', async ({ app, page }) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  await drawnJointTask(apiOf(page, app.url));
  const task = await (await shell.openTasks()).openTask(JOINT_TASK);
  await expect(task.card).toContainText('已抽取，待锁定');

  await task.lock();
  await expect(task.card).toContainText('已锁定');
  await page.screenshot({ path: 'test-results/screens/draw-locked.png', fullPage: true });
});

test('teams: every drawn restaurant gets an officer of each department; a change needs a reason and is recorded', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const { drawId } = await drawnJointTask(api);
  await api('draws.lock', { drawId });
  const task = await (await shell.openTasks()).openTask(JOINT_TASK);

  await task.showTeams();
  await task.matchTeams();
  const first = task.subjectRows().first();
  await expect(first).toContainText('市场监管');
  await expect(first).toContainText('卫健');
  await task.changeMember(first, { remove: '市场监管', reason: '原执法人员出差' });
  await expect(task.changes).toContainText('原执法人员出差');
  await page.screenshot({ path: 'test-results/screens/teams.png', fullPage: true });
});
