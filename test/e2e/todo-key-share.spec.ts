import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { TodoPage } from './pages/todo-page';

test('待办 names a department whose item list is above the key-item share', async ({ app, page }) => {
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const base = { basis: '依据', methods: ['实地核查' as const], effectiveFrom: '2026-01-01' };
  // 卫健 (17): one key item of one — 100 %, above the default 30 %. 市场监管 (1): one general item.
  await api('items.create', { ...base, code: 'WJ-1', departmentId: 17, name: '公共场所卫生检查', category: 'key' });
  await api('items.create', {
    ...base,
    code: 'SC-1',
    departmentId: 1,
    name: '食品经营检查',
    category: 'general',
    ratioCap: 5,
    frequencyCap: 1,
  });
  await shell.visit(app.url, 'todo');
  const todo = new TodoPage(page);
  await expect(todo.keyShare).toContainText('县卫生健康委员会');
  await expect(todo.keyShare).toContainText('超过 30% 的上限');
  await expect(todo.keyShare).not.toContainText('市场监督管理局');
  await page.setViewportSize({ width: 1366, height: 768 });
  await todo.keyShare.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/todo-key-share.png' });
});
