import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { JOINT_TASK, drawnJointTask } from './pages/joint-plan';
import { officeToday } from './time-zone';

/**
 * Issue 16, points 7, 24, 25 on screen: a locked task lists the subjects another overlapping locked task also drew
 * (可合并检查) with the merged notice, offers its 抽查工作方案, and a 抄告 follow-up offers its 抄告函.
 */
test('the task screen lists 可合并检查 and prints the work plan; a 抄告 follow-up offers its letter', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const { taskId, drawId } = await drawnJointTask(api);
  await api('draws.lock', { drawId });
  await api('draws.match', { taskId });
  const joint = await api('tasks.get', { id: taskId });
  const year = officeToday().slice(0, 4);
  const special = await api('tasks.createSpecial', {
    reason: '节前食品安全专项',
    teamSize: 2,
    fields: {
      name: '节前卫生专项检查',
      itemIds: [joint.itemIds[1]!],
      leadDepartmentId: 17,
      scope: {},
      ratios: { mode: 'all', all: 100 },
      periodStart: `${year}-09-01`,
      periodEnd: `${year}-12-31`,
      mode: '现场',
    },
  });
  const open = await api('draws.open', { taskId: special.id });
  await api('draws.run', { drawId: open.id, witnesses: [{ name: '王见证', value: '20260901' }] });
  await api('draws.lock', { drawId: open.id });
  await api('draws.match', { taskId: special.id });
  const drawn = (await api('draws.result', { taskId })).subjects;

  const tasks = await shell.openTasks();
  await tasks.openTask(JOINT_TASK);
  const panel = page.getByTestId('joint-visits');
  await expect(panel).toContainText(`可合并检查（${drawn.length} 户）`);
  await expect(panel).toContainText('节前卫生专项检查');
  await expect(panel.getByTestId(`joint-notice-${drawn[0]!.subjectId}-print`)).toBeVisible();
  await expect(page.getByTestId('work-plan-pdf-print')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/task-joint-visits.png' });

  const { result } = await api('results.enter', {
    taskId,
    subjectId: drawn[0]!.subjectId,
    itemId: joint.itemIds[0]!,
    categories: ['06'],
    problems: '销售超过保质期的预包装食品',
    resultDate: `${year}-10-09`,
    method: '实地核查',
    description: '发现问题',
  });
  await api('followups.create', { resultId: result.id, measure: '05', departmentId: 17, dueOn: `${year}-12-31` });
  await api('followups.create', { resultId: result.id, measure: '01', departmentId: 1, dueOn: `${year}-12-31` });
  await shell.openFollowUps();
  const table = page.getByTestId('followups-table');
  await expect(table.getByTestId('followup-letter')).toHaveCount(1);
  await expect(table.locator('tr', { hasText: '责令改正' }).getByTestId('followup-letter')).toHaveCount(0);
  await table.getByTestId('followup-letter').click();
  await expect(page.getByTestId('followup-letter-print')).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('抄告函：');
  await page.waitForTimeout(500); // the dialog's opening animation, for the screenshot only
  await page.screenshot({ path: 'test-results/screens/followup-letter.png' });
});
