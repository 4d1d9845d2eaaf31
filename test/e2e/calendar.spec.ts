import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { setUpAsAdmin } from './pages/auth-pages';
import { NewYearDialog } from './pages/new-year-dialog';

const NOTICE_2027 = fs.readFileSync(path.resolve(__dirname, '../fixtures/holiday-notices/composed-2027.txt'), 'utf8');

test('新增年份: paste the notice for 2027, check it on the calendar, save it, count a deadline across 元旦 2027', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const shell = await setUpAsAdmin(page, app.url);
  const calendar = await shell.openCalendar();
  const dialog = new NewYearDialog(page);
  await expect(calendar.years).toContainText('2026');
  // The shipped years name their source in a word; the citation is stated once, under the table.
  await expect(calendar.yearRow('2026')).toContainText('随软件提供');
  await expect(calendar.sources).toHaveText(/^2019–2026 年 随软件提供：国务院办公厅关于各年度/);

  // Before: a deadline that runs into 2027 is refused.
  await calendar.countWorkdays('2026-12-25', 10);
  await expect(calendar.toolAnswer).toContainText('尚未包含 2027 年');

  await dialog.open.click();
  await expect(dialog.year).toHaveValue('2027');
  await dialog.pasteNotice('请各部门安排好值班。');
  await expect(dialog.error).toContainText('没有找到 2027 年的放假调休安排');
  await dialog.pasteNotice(NOTICE_2027);
  await expect(dialog.counts).toHaveText('2027 年：放假 29 天（其中周一至周五 18 天），调休上班 6 天。');
  await expect(dialog.day('2027-02-05')).toHaveAttribute('data-kind', 'holiday');
  await expect(dialog.day('2027-01-31')).toHaveAttribute('data-kind', 'workday');
  await expect(dialog.day('2027-01-04')).toHaveAttribute('data-kind', 'normal');
  await expect(dialog.list).toContainText('春节：2月5日至13日放假；1月31日、2月20日上班');
  await expect(dialog.list).toContainText('国庆节：10月1日至7日放假；9月26日、10月9日上班');
  await page.screenshot({ path: 'test-results/screens/calendar-new-year.png' });

  // A day corrected by hand: 6月10日 added to 端午节's single day, then taken off again, then added for good.
  await dialog.day('2027-06-10').click();
  await expect(dialog.day('2027-06-10')).toHaveAttribute('data-kind', 'holiday');
  await expect(dialog.counts).toContainText('放假 30 天');
  await dialog.day('2027-06-10').click();
  await expect(dialog.day('2027-06-10')).toHaveAttribute('data-kind', 'normal');
  await dialog.day('2027-06-10').click();

  await dialog.saveYear();
  await expect(dialog.grid).toBeHidden();
  const row = calendar.yearRow('2027');
  await expect(row).toContainText('国务院办公厅通知（粘贴解析）');
  await expect(row).toContainText('30 天');
  await expect(calendar.sources).toContainText(
    '2027 年 国务院办公厅通知（粘贴解析）：国务院办公厅关于2027年部分节假日安排的通知',
  );
  await expect(calendar.days).toContainText('2027-01-31');
  await expect(calendar.dayRow('2027-06-10')).toContainText('放假');

  // After: 28–31 Dec, 元旦 1–3 Jan off, then 4–8 and 11 Jan.
  await calendar.countWorkdays('2026-12-25', 10);
  await expect(calendar.toolAnswer).toContainText('之后第 10 个工作日是 2027-01-11');
  await page.screenshot({ path: 'test-results/screens/calendar-2027.png', fullPage: true });

  // Saving the year again asks before replacing it; marked by hand from Monday to Friday this time.
  await dialog.open.click();
  await dialog.year.fill('2027');
  await dialog.chooseWay('从周一至周五开始，手工标注');
  await dialog.manual.click();
  await expect(dialog.counts).toHaveText('2027 年：放假 0 天（其中周一至周五 0 天），调休上班 0 天。');
  await dialog.day('2027-01-01').click();
  await dialog.save.click();
  await dialog.replace.click();
  await expect(calendar.yearRow('2027')).toContainText('手工标注');
  await expect(calendar.yearRow('2027')).toContainText('1 天');

  expect(errors).toEqual([]);
});

test('新增年份 at 1024×600: the year calendar fits the dialog without sideways scrolling', async ({ app, page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.setViewportSize({ width: 1024, height: 600 });
  const shell = await setUpAsAdmin(page, app.url);
  await shell.openCalendar();
  const dialog = new NewYearDialog(page);
  await dialog.open.click();
  await dialog.pasteNotice(NOTICE_2027);
  await expect(dialog.counts).toContainText('放假 29 天');
  expect(await dialog.gridFits()).toBe(true);
  await dialog.grid.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/calendar-new-year-1024.png' });
  expect(errors).toEqual([]);
});
