import path from 'node:path';
import { writeWorkbook } from '../support/xlsx';
import { expect, test } from './fixtures';
import { setUpAsAdmin } from './pages/auth-pages';

const HEADER = ['统一社会信用代码', '名称', '法定代表人', '住所', '行业代码', '成立日期', '信用风险分类'];

test('import a messy workbook, fix its errors, search by pinyin, edit and see the history', async ({ app, page }) => {
  const messy = path.join(app.dataDir, 'messy.xlsx');
  await writeWorkbook(messy, [
    {
      name: '名录',
      merges: ['A1:G1'],
      rows: [
        ['固阳县市场主体名录'],
        [],
        HEADER,
        ['91350100M000100Y43', '固阳县市场监管示范超市有限公司', '王五', '金山镇一街 1 号', 'F5211', '2015/3/2', 'B'],
        ['914403001922038216', '华为技术有限公司', '赵六', '深圳市龙岗区', 'C3914', '1987-09-15', 'E'],
      ],
    },
  ]);
  const fixed = path.join(app.dataDir, 'fixed.xlsx');
  await writeWorkbook(fixed, [
    {
      name: '名录',
      rows: [
        HEADER,
        ['91350100M000100Y43', '固阳县市场监管示范超市有限公司', '王五', '金山镇一街 1 号', 'F5211', '2015/3/2', 'B'],
        ['914403001922038216', '华为技术有限公司', '赵六', '深圳市龙岗区', 'C3914', '1987-09-15', 'A'],
      ],
    },
  ]);

  const shell = await setUpAsAdmin(page, app.url);
  const subjects = await shell.openSubjects();
  await expect(subjects.table).toBeVisible();

  // The messy file: its title and blank row are skipped, the bad risk class is explained with its row.
  await subjects.importButton.click();
  await subjects.importFile(messy);
  await expect(subjects.counts).toContainText('有误');
  await expect(subjects.errors).toContainText('信用风险分类“E”无效');
  await expect(subjects.errorRows().first()).toContainText('5');
  await page.screenshot({ path: 'test-results/screens/import-preview.png' });

  // Fixed and chosen again: everything imports.
  await subjects.importFile(fixed, subjects.chooseAgainButton());
  await expect(subjects.errors).toHaveCount(0);
  await subjects.commit.click();
  await expect(subjects.done).toContainText('新增 2 个');
  await subjects.finishImport();
  await expect(subjects.rows()).toHaveCount(2);

  // Pinyin initials find a name without typing Chinese.
  await subjects.searchFor('scjg');
  await expect(subjects.rows()).toHaveCount(1);
  await expect(subjects.rows().first()).toContainText('固阳县市场监管示范超市有限公司');

  // Edit the address; the change shows in the subject's history, old → new.
  await subjects.rows().first().click();
  await expect(subjects.drawer).toContainText('金山镇一街 1 号');
  await expect(await subjects.editField('address', '金山镇二街 8 号')).toBeVisible();
  await expect(subjects.history).toContainText('住所/经营场所：金山镇一街 1 号 → 金山镇二街 8 号');
  await page.screenshot({ path: 'test-results/screens/subject-history.png' });
});
