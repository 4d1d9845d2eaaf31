import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { lockedShopTask } from './pages/shop-task';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';
import { ResultsPages } from './pages/results-pages';

test('enter results by keyboard, see the due-soon badge, publish, follow up, confirm a credit change, verify a 检查码', async ({
  app,
  page,
}) => {
  test.setTimeout(150_000);
  await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  // A special task over six shops whose period ends today, drawn, locked and matched through the API (the ceremony
  // has its own spec). Publication within 2 working days makes today's results due soon.
  const { task, period } = await lockedShopTask(
    api,
    Array.from({ length: 6 }, (_, i) => ({ name: `固阳县第${i + 1}商店` })),
    Array.from({ length: 3 }, (_, i) => ({ name: `市监执法${i + 1}`, certNo: `ZF90${i}1` })),
  );
  await api('results.updateRules', { publishWithin: 2, entryWithin: 10, review: false });

  // 结果录入 by keyboard: the category box has the focus; Ctrl+Enter saves and moves to the next row.
  const shell = new AppShell(page);
  const results = new ResultsPages(page);
  await shell.open('结果与公示');
  await shell.open('结果录入');
  await results.chooseTask('商品质量专项检查');
  await expect(results.progress).toContainText('应录入');
  const first = (await results.panelSubject.textContent()) ?? '';
  // The README's keys exactly: 01, Enter, Ctrl+Enter — with the option list still open.
  await results.typeCategory('01');
  await expect(results.categories).toContainText('01 未发现问题');
  await results.saveWithKeyboard();
  await expect(results.panelSubject).not.toHaveText(first);
  await expect(results.table.locator('tr', { hasText: first })).toContainText('未发现问题');
  const second = (await results.panelSubject.textContent()) ?? '';
  await results.typeCategory('06');
  await results.saveWithKeyboard();
  await expect(results.entryError.or(page.getByText('选择了发现问题的结果，请写明发现的问题'))).toBeVisible();
  await results.problems.fill('商品标签不符合规定');
  await results.saveWithKeyboard();
  await expect(results.panelSubject).not.toHaveText(second);
  await expect(results.table.getByTestId('flag-due-soon')).toHaveCount(2);
  await page.reload();
  await expect(page.getByTestId('todo-badge')).toContainText('2');

  // 审核与公示: publish the clean one; open a follow-up on the one with problems.
  await shell.open('审核与公示');
  await results.chooseTask('商品质量专项检查');
  await results.publicationRow(first).locator('input[type=checkbox]').check();
  await results.publishSelected.click();
  await page.getByRole('button', { name: /^公\s?示$/ }).click();
  await page.getByTestId('publication-view').getByText('已公示/不予公示').click();
  await expect(results.publicationRow(first)).toContainText('已公示');
  await page.getByTestId('publication-view').getByText('全部').click();
  await results.publicationRow(second).locator('input[type=checkbox]').check();
  await results.followUpNew.click();
  await results.followUpMeasure.click();
  await results.option('责令改正').click();
  await page
    .getByRole('button', { name: 'OK' })
    .or(page.getByRole('button', { name: '确 定' }))
    .click();
  await expect(page.getByText('已登记后续处置')).toBeVisible();

  // 后续处置: close it.
  await shell.open('后续处置');
  await expect(results.followUpsTable).toContainText(second);
  await results.followUpsTable.getByTestId('followup-close').click();
  await results.followUpOutcome.fill('已责令整改，复查合格');
  await page
    .getByRole('button', { name: 'OK' })
    .or(page.getByRole('button', { name: '确 定' }))
    .click();
  await expect(results.followUpsTable).not.toContainText(second);

  // 信用风险分类调整: the problem proposed B → C; confirming it changes the subject's class.
  await shell.open('信用风险分类调整');
  await expect(results.creditTable.getByTestId('credit-change')).toHaveText('B → C');
  await results.creditTable.getByTestId('credit-confirm').click();
  await page.getByRole('button', { name: '确认调整' }).click();
  await expect(page.getByText('已确认，风险分类已调整')).toBeVisible();
  const subjects = await api('subjects.list', { q: second });
  expect(subjects.rows.find((s) => s.name === second)?.riskClass).toBe('C');

  // 检查码核验: a real code of this task is genuine.
  const codes = await api('codes.ofTask', { taskId: task.id });
  await shell.open('检查码核验');
  await page.getByTestId('code-input').fill(codes[0]!.code);
  await page.getByTestId('code-verify').click();
  await expect(page.getByTestId('code-verdict')).toContainText('真实有效');
  await expect(page.getByTestId('code-verdict')).toContainText(codes[0]!.name);

  // 月报表: this month's report downloads as a workbook with the special task's row.
  await shell.open('报表统计');
  await shell.open('月报表');
  const month = period.end.slice(0, 7);
  const picker = page.locator('.ant-picker input').first();
  await picker.click();
  await picker.fill(month);
  await picker.press('Enter');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('report-generate').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toContain('月报表');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.getWorksheet('月报表')!;
  expect(sheet.getCell('A1').text).toContain(`${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`);
  expect(sheet.getCell('A10').text).toBe('商品质量检查');
  expect(sheet.getCell('B10').text).toBe('本部门·重点（专项）');
  await expect(page.getByTestId('report-done')).toBeVisible();

  // The year's summary downloads with its three sheets.
  const summaryDownload = page.waitForEvent('download');
  await page.getByTestId('summary-period').click();
  await results.option(`${Number(month.slice(0, 4))} 年全年`).click();
  await page.getByTestId('summary-generate').click();
  const summary = new ExcelJS.Workbook();
  await summary.xlsx.readFile(await (await summaryDownload).path());
  expect(summary.worksheets.map((w) => w.name)).toEqual(['按部门', '按事项', '部门联合抽查']);
  expect(summary.getWorksheet('按事项')!.getCell('B3').text).toBe('商品质量检查');
});
