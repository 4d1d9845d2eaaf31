import { testUscc } from '../support/draws';
import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';

test('keep an expert apart from the officers, and save a filter as a shared sub-library', async ({ app, page }) => {
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  for (const [n, name, industryCode] of [
    [1, '固阳县老街饭店', 'H6210'],
    [2, '固阳县金山快餐店', 'H6220'],
    [3, '固阳县百货商店', 'F5211'],
  ] as const)
    await api('subjects.create', { uscc: testUscc(n), name, industryCode });

  // 专家库: added, retired (no longer offered), still on record when asked for.
  const experts = await shell.openExperts();
  await experts.create({ name: '张检测', organisation: '包头市食品检验检测中心', field: '食品' });
  await expect(experts.row('张检测')).toContainText('在库');
  await experts.retire('张检测');
  await expect(experts.table).not.toContainText('张检测');
  await experts.showInactiveToo();
  await expect(experts.row('张检测')).toContainText('停用');

  // 子库: the restaurants, saved as a shared common-supervision library, then picked again from the list.
  const subjects = await shell.openSubjects();
  await expect(subjects.rows()).toHaveCount(3);
  await subjects.filterByIndustry('H62');
  await expect(subjects.rows()).toHaveCount(2);
  await expect(await subjects.saveLibrary('餐饮服务单位', true)).toBeVisible();

  await page.reload();
  await expect(subjects.rows()).toHaveCount(3);
  await subjects.chooseLibrary('【共同监管】餐饮服务单位');
  await expect(subjects.rows()).toHaveCount(2);
  await expect(subjects.table).not.toContainText('百货商店');
  // The library's filter shows in the filter bar it set.
  await expect(subjects.filterIndustry).toHaveValue('H62');
  await expect(subjects.search).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/sub-library.png' });
});
