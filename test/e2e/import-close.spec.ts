import path from 'node:path';
import { writeWorkbook } from '../support/xlsx';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';

test('closing the item import with Esc after 导入完成 shows the imported items in the list', async ({ app, page }) => {
  const file = path.join(app.dataDir, 'items.xlsx');
  await writeWorkbook(file, [
    {
      name: '事项',
      rows: [
        ['事项编码', '抽查主体', '事项名称', '抽查依据', '事项类别', '抽查比例上限(%)', '年度抽查频次上限'],
        ['IMP-001', '县市场监督管理局', '食品销售者经营条件检查', '《中华人民共和国食品安全法》', '一般', '5', '1'],
        ['IMP-002', '县市场监督管理局', '特种设备使用单位检查', '《中华人民共和国特种设备安全法》', '重点'],
      ],
    },
  ]);

  await setUpAsAdmin(page, app.url);
  const shell = new AppShell(page);
  await shell.open('一单两库');
  await shell.open('抽查事项清单');
  const table = page.getByTestId('items-table');
  await expect(table).toContainText('暂无数据');

  await page.getByRole('button', { name: '导入…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('import-counts')).toContainText('新增');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('新增 2 个');

  // Not the 完成 button: Esc closes the dialog, and the list still shows what was imported.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-done')).toBeHidden();
  await expect(table).toContainText('食品销售者经营条件检查');
  await expect(table).toContainText('特种设备使用单位检查');
});
