import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { periodEndingToday } from './time-zone';
import { apiOf } from './pages/api';
import { coverYear } from './pages/calendar-years';
import { setUpAsAdmin } from './pages/auth-pages';
import { restaurantCounty } from './pages/restaurants';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test('see the year in charts, export one chart’s figures as Excel and another as an image', async ({ app, page }) => {
  test.setTimeout(120_000);
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  // This year's joint special task of 市场监管 and 卫健 over the restaurants, drawn, locked and matched, with one
  // result formed today and published today: on time, and nothing overdue.
  const period = periodEndingToday();
  const year = period.year;
  const { general, key } = await restaurantCounty(api, { restaurants: 12, officersPerDepartment: 2 });
  const task = await api('tasks.createSpecial', {
    fields: {
      name: '餐饮单位联合专项检查',
      itemIds: [general, key],
      leadDepartmentId: 1,
      scope: { industryCode: 'H62' },
      ratios: { mode: 'all', all: 25 },
      periodStart: period.start,
      periodEnd: period.end,
      mode: '现场',
    },
    reason: '群众投诉集中',
    teamSize: 2,
  });
  const draw = await api('draws.open', { taskId: task.id });
  await api('draws.run', { drawId: draw.id, witnesses: [{ name: '李监督', value: '2026' }] });
  await api('draws.lock', { drawId: draw.id });
  await api('draws.match', { taskId: task.id });
  // A result formed today is due within working days that may run into next year (in December).
  await coverYear(api, year + 1);
  const codes = await api('codes.ofTask', { taskId: task.id });
  const entered = await api('results.enter', {
    taskId: task.id,
    subjectId: codes[0]!.subjectId,
    itemId: general,
    categories: ['01'],
    resultDate: period.end,
    method: '实地核查',
    description: '经营正常',
  });
  await api('results.publish', { ids: [entered.result.id] });

  const stats = await shell.openStatistics();
  await expect(shell.pageTitle).toHaveText('统计分析');
  for (const chart of ['categories', 'onTime', 'coverage', 'joint', 'risk'])
    await expect(stats.canvas(chart), chart).toBeVisible();
  await expect(stats.empty('overdue')).toContainText('没有超期未公示的');
  await expect(stats.imageButton('overdue')).toBeDisabled();

  // The on-time figures as a workbook: one published result, on time, for 市场监管.
  const workbook = await stats.downloadExcel('onTime');
  expect(workbook.suggestedFilename()).toBe(`统计分析-${year}年-按期公示率.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await workbook.path());
  const sheet = book.worksheets[0]!;
  expect(sheet.getCell('A1').text).toContain(`${year}年按期公示率`);
  // 部门, 已公示, 按期, 超期未公示, 按期公示率
  expect((sheet.getRow(3).values as ExcelJS.CellValue[]).slice(1)).toEqual(['市场监管', 1, 1, 0, 1]);
  expect((sheet.getRow(4).values as ExcelJS.CellValue[]).slice(1)).toEqual(['合计', 1, 1, 0, 1]);

  // The risk chart as drawn: a PNG file.
  const picture = await stats.downloadImage('risk');
  expect(picture.suggestedFilename()).toBe(`统计分析-${year}年-抽中对象与名录库的风险分类.png`);
  const bytes = fs.readFileSync(await picture.path());
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.length).toBeGreaterThan(5_000);
});
