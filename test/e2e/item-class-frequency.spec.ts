import { expect, test } from './fixtures';
import { setUpAsAdmin } from './pages/auth-pages';

test('a general item states a class’s own yearly frequency, shown in the list', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const shell = await setUpAsAdmin(page, app.url);
  const items = await shell.openItems();
  await items.startNew('SCJG-002', '食品生产者检查', '《中华人民共和国食品安全法》第八十七条');
  await items.ratio.fill('5');
  await items.frequency.fill('1');
  await page.getByTestId('item-form-frequencyCapD').fill('2');
  await page.getByTestId('item-form-frequencyCapD').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/item-class-frequency.png' });
  await items.save.click();
  await expect(items.table).toContainText('5% / 1 次（D 2 次）');
});
