import fs from 'node:fs';
import path from 'node:path';
import { testUscc } from '../support/draws';
import { expect, test } from './fixtures';
import { apiOf, type Api } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { restaurantCounty } from './pages/restaurants';

/**
 * A locked, matched task through the same door the screens use: 12 restaurants, a general item of 市场监管 (1) and
 * a key item of 卫健 (17), two officers in each, a published plan, a draw before a witness, then the teams. One
 * result is entered for 2026-10-09, so its 20-working-day publication deadline (early November) has passed.
 */
async function lockedTask(api: Api) {
  const { general, key } = await restaurantCounty(api, { restaurants: 12, officersPerDepartment: 2 });
  const plan = await api('plans.create', { year: 2026, departmentId: 1, name: '2026 年抽查计划' });
  const planned = await api('plans.saveTask', {
    planId: plan.id,
    fields: {
      name: '餐饮单位联合检查',
      itemIds: [general, key],
      leadDepartmentId: 1,
      scope: { industryCode: 'H62' },
      ratios: { mode: 'all', all: 25 },
      periodStart: '2026-04-01',
      periodEnd: '2026-10-31',
      mode: '现场',
    },
  });
  await api('plans.publish', { id: plan.id, approvedOn: '2026-03-02', publishedOn: '2026-03-02' });
  const task = await api('tasks.createFromPlan', { planTaskId: planned.id, teamSize: 2 });
  const draw = await api('draws.open', { taskId: task.id });
  await api('draws.run', { drawId: draw.id, witnesses: [{ name: '李监督', value: '20260415' }] });
  await api('draws.lock', { drawId: draw.id });
  await api('draws.match', { taskId: task.id });
  const codes = await api('codes.ofTask', {
    taskId: task.id,
  });
  const first = codes[0]!;
  await api('results.enter', {
    taskId: task.id,
    subjectId: first.subjectId,
    itemId: general,
    categories: ['01'],
    resultDate: '2026-10-09',
    method: '实地核查',
    description: '经营正常',
  });
  return { taskId: task.id, first };
}

test('set a calendar day and import a calendar, register and close a case, see what is overdue, verify codes, set deadlines, link an officer', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const { first } = await lockedTask(api);

  // 工作日历: a Monday becomes a holiday and is listed; the tool counts across it; a file adds years.
  const calendar = await shell.openCalendar();
  await expect(calendar.years).toContainText('2026');
  await calendar.setDay('2026-06-15', '放假', '单位调休');
  await expect(calendar.setOutcome).toContainText('2026-06-15（星期一）现在不是工作日');
  await expect(calendar.days).toContainText('2026-06-15');
  await expect(calendar.dayRow('2026-06-15')).toContainText('单位调休');
  await calendar.countWorkdays('2026-06-12', 1);
  await expect(calendar.toolAnswer).toContainText('之后第 1 个工作日是 2026-06-16');
  // A year beyond the shipped data (2019–2026), as an office adds one when the State Council publishes it.
  const file = path.join(app.dataDir, 'calendar.json');
  const years = { 2031: { holidays: [['元旦', '2031-01-01', '2031-01-01']], workdays: [] } };
  fs.writeFileSync(file, JSON.stringify({ source: '测试用日历', years }));
  await calendar.importFile(file);
  await expect(calendar.importDone).toContainText('已导入 2031 年');
  await calendar.closeImportOutcome();
  await expect(calendar.years).toContainText('2031');
  await expect(calendar.yearRow('2031')).toContainText('导入文件');
  await expect(calendar.sources).toContainText('2031 年 导入文件：测试用日历');
  await page.screenshot({ path: 'test-results/screens/calendar.png', fullPage: true });

  // 个案登记: a complaint about a restaurant picked from the directory, then closed with its outcome.
  const cases = await shell.openCases();
  await cases.register({
    source: '转办交办',
    subject: '固阳县第5餐馆',
    department: '县市场监督管理局',
    summary: '群众投诉后厨卫生条件差',
    beforeSaving: () => expect(cases.subjectLink).toContainText(testUscc(5)),
  });
  await expect(cases.rows()).toHaveCount(1);
  await expect(cases.rows().first()).toContainText('固阳县第5餐馆');
  await expect(cases.rows().first()).toContainText('办理中');
  await expect(cases.rows().first()).toContainText('转办交办');
  await cases.close(cases.rows().first(), '现场检查，责令整改');
  await expect(cases.rows().first()).toContainText('办结');
  await expect(cases.rows().first()).toContainText('现场检查，责令整改');
  await cases.show('办理中');
  await expect(cases.rows()).toHaveCount(0);
  await cases.show('已办结');
  await expect(cases.rows()).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/cases.png', fullPage: true });

  // 待办: the badge in the header counts the overdue result and leads to the list, which leads to the task.
  await expect(shell.todoBadge).toHaveAttribute('title', /已超期 1 条，3个工作日内到期 0 条/);
  const todo = await shell.openTodoFromBadge();
  await expect(shell.pageTitle).toHaveText('待办/超期');
  await expect(todo.counts).toContainText('已超期');
  await expect(todo.overdue).toContainText(first.name);
  await expect(todo.overdue).toContainText('餐饮服务食品安全检查');
  await expect(todo.overdueTaskLink('餐饮单位联合检查')).toHaveAttribute('href', /#\/results\?task=\d+/);
  await expect(todo.byDepartment).toContainText('市场监管');
  await expect(todo.lateTasks).toContainText('餐饮单位联合检查');
  await page.screenshot({ path: 'test-results/screens/todo.png', fullPage: true });

  // 检查码核验: a made-up code is refused in red; the printed code and the scanned QR text are genuine.
  const verify = await shell.openCodeVerify();
  await expect(verify.input).toBeFocused();
  await verify.check('ABCD-EFGH-JKLM');
  await expect(verify.verdict).toHaveAttribute('data-genuine', 'false');
  await expect(verify.verdict).toContainText('核验未通过');
  await verify.check(first.code);
  await expect(verify.verdict).toHaveAttribute('data-genuine', 'true');
  await expect(verify.verdict).toContainText(first.name);
  await expect(verify.verdict).toContainText('餐饮单位联合检查');
  await expect(verify.verdict).toContainText(/执法证号：ZF/);
  await verify.check(first.payload);
  await expect(verify.verdict).toHaveAttribute('data-genuine', 'true');
  await expect(verify.verdict).toContainText('二维码由本单位签发');
  await page.screenshot({ path: 'test-results/screens/code-verify.png', fullPage: true });

  // Settings: a shorter publication period moves the pending deadline at once.
  const settings = await shell.openSettings();
  await expect(settings.publishWithin).toHaveValue('20');
  await settings.setPublishWithin(15);
  await expect(settings.rulesMoved).toContainText('重新计算 1 条');
  await expect(settings.resultCategories).toContainText('未发现问题');

  // Users: an officer's login account linked to his record in the 执法人员库.
  await api('users.create', {
    username: 'shijian1',
    displayName: '张三',
    role: 'inspector',
    departmentId: 1,
    password: 'Init12345x',
  });
  const users = await shell.openUsers();
  await users.linkOfficer('shijian1', 'ZF1001');
  await expect(users.row('shijian1')).toContainText('市监执法1');
});
