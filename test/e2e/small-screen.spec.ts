import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { lockedShopTask } from './pages/shop-task';
import { setUpAsAdmin } from './pages/auth-pages';

test.use({ viewport: { width: 1024, height: 600 } });

const LONG = '固阳县金山镇新时代农牧业综合开发有限责任公司';

const widthOf = async (locator: Locator): Promise<number> => (await locator.boundingBox())?.width ?? 0;

test('at 1024×600 the menu folds, name columns stay readable and the rest of a table scrolls sideways', async ({
  app,
  page,
}) => {
  const shell = await setUpAsAdmin(page, app.url);
  const api = apiOf(page, app.url);
  await lockedShopTask(
    api,
    [1, 2, 3].map((i) => ({
      name: `${LONG}第${i}分公司`,
      address: '固阳县金山镇阿塔山路与兴顺西街交汇处东北角综合楼一层',
    })),
    [1, 2].map((i) => ({ name: `市监执法${i}`, certNo: `ZF90${i}1` })),
  );

  // The side menu has folded to its icons by itself.
  const subjects = await shell.visitSubjects(app.url);
  await expect(subjects.table).toContainText(`${LONG}第1分公司`);
  expect(await widthOf(shell.sider)).toBeLessThanOrEqual(64);

  // 检查对象名录库: the name column keeps its width; the table scrolls sideways for the columns after it.
  expect(await widthOf(subjects.columnHeader('名称'))).toBeGreaterThanOrEqual(200);
  const scroller = subjects.scroller();
  const { scrollWidth, clientWidth } = await scroller.evaluate((e) => ({
    scrollWidth: e.scrollWidth,
    clientWidth: e.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await scroller.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
  // Scrolled to the end, the name is still where it was: it is held at the left.
  const name = subjects.columnHeader('名称');
  await expect(name).toBeInViewport({ ratio: 1 });

  // 结果录入: the entry panel sits beside the table and never covers the subject column.
  const results = await shell.visitResultsEntry(app.url);
  await results.chooseTask('商品质量专项检查');
  await expect(results.panelSubject).toBeVisible();
  const subject = await results.columnHeader('检查对象').boundingBox();
  const panel = await results.panel.boundingBox();
  expect(subject!.width).toBeGreaterThanOrEqual(170);
  expect(subject!.x + subject!.width).toBeLessThanOrEqual(panel!.x);
  await page.screenshot({ path: test.info().outputPath('results-1024x600.png') });
});
