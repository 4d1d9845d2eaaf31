import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';
import { lockedShopTask } from './pages/shop-task';

/** A day before `date` (YYYY-MM-DD), by calendar days. */
const daysBefore = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

test('a follow-up typed in today keeps the day it was decided, proposed as today and shown in the list', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  const { task, item, period } = await lockedShopTask(
    api,
    [{ name: '固阳县第一商店' }, { name: '固阳县第二商店' }],
    Array.from({ length: 3 }, (_, i) => ({ name: `市监执法${i + 1}`, certNo: `ZF80${i}1` })),
  );
  // The problem was found on the period's first day; the measure was decided two days later, typed in today.
  const sheet = await api('results.sheet', { taskId: task.id });
  const shop = sheet.rows[0]!;
  await api('results.enter', {
    taskId: task.id,
    subjectId: shop.subjectId,
    itemId: item.id,
    categories: ['06'],
    problems: '商品标签不符合规定',
    resultDate: period.start,
    method: '实地核查',
    description: '抽查商品标签',
  });
  const decidedOn = daysBefore(period.end, 18);
  expect(decidedOn > period.start).toBe(true);

  const publication = await shell.openPublication();
  await publication.chooseTask('商品质量专项检查');
  await publication.openFollowUp(shop.subjectName);
  // The form proposes today; a day before the result's date cannot be chosen.
  await expect(publication.followUpDecidedOn).toHaveValue(period.end);
  await expect(page.getByText(`不早于结果日期 ${period.start}`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('follow-up-form.png') });
  await expect(await publication.completeFollowUp('责令改正', decidedOn)).toBeVisible();

  const followUps = await shell.openFollowUps();
  await expect(followUps.table).toContainText(decidedOn);
  await page.screenshot({ path: test.info().outputPath('follow-ups-list.png') });
  const [registered] = await api('followups.list', { taskId: task.id });
  expect(registered?.decidedOn).toBe(decidedOn);
});
