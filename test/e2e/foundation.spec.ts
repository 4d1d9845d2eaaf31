import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ChangePasswordPage, LoginPage, SetupPage } from './pages/auth-pages';

const OFFICE = '固阳县市场监督管理局';
const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin12345' };

test('first run, login, users, permitted menu and the audit trail', async ({ app, page }) => {
  const shell = new AppShell(page);
  const login = new LoginPage(page);

  // First run: the office and its administrator.
  await page.goto(app.url);
  await new SetupPage(page).complete({ office: OFFICE, ...ADMIN });
  await expect(shell.pageTitle).toHaveText('工作台');
  await expect(shell.officeName).toHaveText(OFFICE);
  await page.screenshot({ path: 'test-results/screens/home.png' });

  // Wrong password gets a clear message; the right one logs in.
  await shell.logout();
  await expect(login.form).toBeVisible();
  await login.login('admin', 'Wrong12345');
  await expect(login.error).toContainText('用户名或密码错误');
  await page.screenshot({ path: 'test-results/screens/login-error.png' });
  await login.login('admin', ADMIN.password);
  await expect(shell.pageTitle).toHaveText('工作台');

  // Create an inspector of the health commission.
  const users = await shell.openUsers();
  await users.create({
    username: 'li.wj',
    displayName: '李卫健',
    role: '执法人员',
    department: '县卫生健康委员会',
    password: 'Initial123',
  });
  await expect(users.row('li.wj')).toContainText('县卫生健康委员会');
  await page.screenshot({ path: 'test-results/screens/users.png' });

  // The inspector logs in, must change the initial password, then sees only what the role permits.
  await shell.logout();
  await login.login('li.wj', 'Initial123');
  const change = new ChangePasswordPage(page);
  await expect(change.form).toBeVisible();
  await change.change('Initial123', 'MyOwn12345');
  await expect(shell.pageTitle).toHaveText('工作台');
  await expect(shell.menuItem('工作台')).toBeVisible();
  await expect(shell.menuEntries('系统管理')).toHaveCount(0);
  await expect(shell.menuEntries('用户管理')).toHaveCount(0);
  await expect(shell.menuEntries('审计日志')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/inspector-home.png' });
  // Typing the address of a forbidden screen is refused too.
  await shell.visit(app.url, 'users');
  await expect(shell.forbidden()).toBeVisible();

  // Back as the administrator: every step above is in the trail, and the chain verifies.
  await page.goto(app.url);
  await shell.logout();
  await login.login('admin', ADMIN.password);
  const audit = await shell.openAudit();
  await expect(audit.rowsWith('创建用户')).toHaveCount(1);
  await expect(audit.rowsWith('修改本人密码').first()).toContainText('li.wj');
  await expect(audit.rowsWith('登录').filter({ hasText: '密码错误' })).toHaveCount(1);
  await expect(audit.rowsWith('初始化系统并创建管理员')).toHaveCount(1);
  await expect(await audit.verifyChain()).toHaveText('审计日志完整');
  await page.screenshot({ path: 'test-results/screens/audit.png' });
});

test('a user who forgot the password must wait after repeated failures, and is told so', async ({ app, page }) => {
  await page.goto(app.url);
  await new SetupPage(page).complete({ office: OFFICE, ...ADMIN });
  const shell = new AppShell(page);
  await shell.logout();
  const login = new LoginPage(page);
  for (let i = 0; i < 4; i++) await login.login('admin', `Wrong1234${i}`);
  await expect(login.error).toContainText('用户名或密码错误');
  // Even the right password now waits: the fifth try is refused before any password is checked.
  await login.login('admin', ADMIN.password);
  await expect(login.error).toContainText(/登录失败次数过多，请 \d+ 秒后再试/);
});
