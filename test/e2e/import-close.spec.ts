import path from 'node:path';
import { writeWorkbook } from '../support/xlsx';
import { expect, test } from './fixtures';
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

  const shell = await setUpAsAdmin(page, app.url);
  const items = await shell.openItems();
  await expect(items.table).toContainText('暂无数据');

  await items.importFile(file);
  await expect(items.importCounts).toContainText('新增');
  await items.commitImport();
  await expect(items.importDone).toContainText('新增 2 个');

  // Not the 完成 button: Esc closes the dialog, and the list still shows what was imported.
  await page.keyboard.press('Escape');
  await expect(items.importDone).toBeHidden();
  await expect(items.table).toContainText('食品销售者经营条件检查');
  await expect(items.table).toContainText('特种设备使用单位检查');
});
