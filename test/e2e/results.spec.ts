import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { lockedShopTask } from './pages/shop-task';
import { setUpAsAdmin } from './pages/auth-pages';

test('enter results by keyboard, see the due-soon badge, publish, follow up, confirm a credit change, verify a 检查码', async ({
  app,
  page,
}) => {
  test.setTimeout(150_000);
  const shell = await setUpAsAdmin(page, app.url);
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
  const results = await shell.openResultsEntry();
  await results.chooseTask('商品质量专项检查');
  await expect(results.progress).toContainText('应录入');
  const first = (await results.panelSubject.textContent()) ?? '';
  // The manual's keys exactly (docs/manual.md): 01, Enter, Ctrl+Enter — with the option list still open.
  await results.typeCategory('01');
  await expect(results.categories).toContainText('01 未发现问题');
  await results.saveWithKeyboard();
  await expect(results.panelSubject).not.toHaveText(first);
  await expect(results.row(first)).toContainText('未发现问题');
  const second = (await results.panelSubject.textContent()) ?? '';
  await results.typeCategory('06');
  await results.saveWithKeyboard();
  await expect(results.saveRefusal('选择了发现问题的结果，请写明发现的问题')).toBeVisible();
  await results.problems.fill('商品标签不符合规定');
  await results.saveWithKeyboard();
  await expect(results.panelSubject).not.toHaveText(second);
  await expect(results.dueSoonFlags).toHaveCount(2);
  await page.reload();
  await expect(shell.todoBadge).toContainText('2');

  // 审核与公示: publish the clean one; open a follow-up on the one with problems.
  const publication = await shell.openPublication();
  await publication.chooseTask('商品质量专项检查');
  await publication.publish(first);
  await publication.show('已公示/不予公示');
  await expect(publication.row(first)).toContainText('已公示');
  await publication.show('全部');
  await expect(await publication.registerFollowUp(second, '责令改正')).toBeVisible();

  // 后续处置: close it.
  const followUps = await shell.openFollowUps();
  await expect(followUps.table).toContainText(second);
  await followUps.close('已责令整改，复查合格');
  await expect(followUps.table).not.toContainText(second);

  // 信用风险分类调整: the problem proposed B → C; confirming it changes the subject's class.
  const credit = await shell.openCredit();
  await expect(credit.change).toHaveText('B → C');
  await expect(await credit.confirm()).toBeVisible();
  const subjects = await api('subjects.list', { q: second });
  expect(subjects.rows.find((s) => s.name === second)?.riskClass).toBe('C');

  // 检查码核验: a real code of this task is genuine.
  const codes = await api('codes.ofTask', { taskId: task.id });
  const verify = await shell.openCodeVerify();
  await verify.checkWithButton(codes[0]!.code);
  await expect(verify.verdict).toContainText('真实有效');
  await expect(verify.verdict).toContainText(codes[0]!.name);

  // 月报表: this month's report downloads as a workbook with the special task's row.
  const reports = await shell.openMonthlyReport();
  const month = period.end.slice(0, 7);
  const download = await reports.downloadMonth(month);
  expect(download.suggestedFilename()).toContain('月报表');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.getWorksheet('月报表')!;
  expect(sheet.getCell('A1').text).toContain(`${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`);
  expect(sheet.getCell('A10').text).toBe('商品质量检查');
  expect(sheet.getCell('B10').text).toBe('本部门·重点（专项）');
  await expect(reports.done).toBeVisible();

  // The year's summary downloads with its three sheets.
  const summaryDownload = await reports.downloadSummary(`${Number(month.slice(0, 4))} 年全年`);
  const summary = new ExcelJS.Workbook();
  await summary.xlsx.readFile(await summaryDownload.path());
  expect(summary.worksheets.map((w) => w.name)).toEqual(['按部门', '按事项', '部门联合抽查']);
  expect(summary.getWorksheet('按事项')!.getCell('B3').text).toBe('商品质量检查');
});
