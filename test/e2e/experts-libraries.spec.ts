import type { Page } from '@playwright/test';
import { testUscc } from '../support/draws';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';
import { SubjectsPage } from './pages/subjects-page';

const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();

test('keep an expert apart from the officers, and save a filter as a shared sub-library', async ({ app, page }) => {
  await setUpAsAdmin(page, app.url);
  for (const [n, name, industryCode] of [
    [1, '固阳县老街饭店', 'H6210'],
    [2, '固阳县金山快餐店', 'H6220'],
    [3, '固阳县百货商店', 'F5211'],
  ] as const) {
    const created = await page.request.post(`${app.url}/api/subjects.create`, {
      data: { uscc: testUscc(n), name, industryCode },
    });
    expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
  }
  const shell = new AppShell(page);

  // 专家库: added, retired (no longer offered), still on record when asked for.
  await shell.open('一单两库');
  await shell.open('专家库');
  const experts = page.getByTestId('experts-table');
  await page.getByTestId('expert-add').click();
  await page.getByTestId('expert-name').fill('张检测');
  await page.getByTestId('expert-organisation').fill('包头市食品检验检测中心');
  await page.getByTestId('expert-field').fill('食品');
  await page.getByTestId('expert-save').click();
  const row = experts.locator('tr', { hasText: '张检测' });
  await expect(row).toContainText('在库');
  await row.getByRole('button', { name: '停用' }).click();
  await expect(experts).not.toContainText('张检测');
  await page.getByTestId('experts-include-inactive').click();
  await openDropdown(page).getByText('含已停用').click();
  await expect(row).toContainText('停用');

  // 子库: the restaurants, saved as a shared common-supervision library, then picked again from the list.
  await shell.open('检查对象名录库');
  const subjects = new SubjectsPage(page);
  await expect(subjects.rows()).toHaveCount(3);
  await page.getByTestId('subject-filter-industry').fill('H62');
  await page.getByTestId('subject-filter-industry').press('Enter');
  await expect(subjects.rows()).toHaveCount(2);
  await page.getByTestId('library-save').click();
  await page.getByTestId('library-name').fill('餐饮服务单位');
  await page.getByTestId('library-shared').check();
  await page.getByTestId('library-save-confirm').click();
  await expect(page.getByText('已保存为子库')).toBeVisible();

  await page.reload();
  await expect(subjects.rows()).toHaveCount(3);
  await page.getByTestId('library-select').click();
  await openDropdown(page).getByText('【共同监管】餐饮服务单位').click();
  await expect(subjects.rows()).toHaveCount(2);
  await expect(subjects.table).not.toContainText('百货商店');
  // The library's filter shows in the filter bar it set.
  await expect(page.getByTestId('subject-filter-industry')).toHaveValue('H62');
  await expect(page.getByTestId('subject-search')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/sub-library.png' });
});
