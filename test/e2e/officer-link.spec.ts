import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { lockedShopTask } from './pages/shop-task';
import { ChangePasswordPage, LoginPage, setUpAsAdmin } from './pages/auth-pages';

test('a new account matching an officer is offered the link; an unlinked officer is told where to link it', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  // A drawn, matched task with teams of 市场监管 officers, through the API (the draw has its own spec).
  await lockedShopTask(
    api,
    [1, 2, 3].map((i) => ({ name: `固阳县第${i}商店` })),
    [
      { name: '赵执法', certNo: 'ZF9001' },
      { name: '钱执法', certNo: 'ZF9002' },
    ],
  );

  // 新增用户 with the name and department of an officer: the link is offered, preselected, and made on saving.
  const users = await shell.openUsers();
  await users.create({
    username: 'zhao',
    displayName: '赵执法',
    role: '执法人员',
    department: '县市场监督管理局',
    password: 'Initial123',
    beforeSaving: async () => {
      await expect(users.officerOffer).toContainText('关联执法人员 赵执法（执法证号 ZF9001，县市场监督管理局）');
      await expect(users.officerOfferChoice()).toBeChecked();
      await page.screenshot({ path: 'test-results/screens/user-officer-offer.png' });
    },
  });
  await expect(users.row('zhao')).toContainText('赵执法');
  await expect(users.cells('zhao', '赵执法')).toHaveCount(2);

  // An officer's account without the link (no officer of that name): no offer, and the link is not made.
  await users.create({
    username: 'sun',
    displayName: '孙新人',
    role: '执法人员',
    department: '县市场监督管理局',
    password: 'Initial123',
    beforeSaving: () => expect(users.officerOffer).toHaveCount(0),
  });
  await expect(users.row('sun')).toContainText('孙新人');

  // That officer opens 结果录入: told the account is not linked and where to link it, not "not on the team".
  await shell.logout();
  const login = new LoginPage(page);
  await login.login('sun', 'Initial123');
  await new ChangePasswordPage(page).change('Initial123', 'MyOwn12345');
  await expect(shell.pageTitle).toHaveText('工作台');
  const results = await shell.openResultsEntry();
  await results.chooseTask('商品质量专项检查');
  await expect(results.refusal).toContainText(
    '您的账户尚未关联执法人员记录，请管理员在「用户管理 → 关联执法人员」中关联后再录入。',
  );
  await expect(results.refusal).not.toContainText('检查组成员');
  await page.screenshot({ path: 'test-results/screens/unlinked-officer-entry.png' });
});
