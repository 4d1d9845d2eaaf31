import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';

/**
 * A department's PC on Kiritimati time (UTC+14) and an office on Pago Pago time (UTC−11): 25 hours apart, so the
 * browser's day and the office's differ at any hour the test runs. Default dates must be the office's, from the core.
 */
const BROWSER_ZONE = 'Pacific/Kiritimati';
const OFFICE_ZONE = 'Pacific/Pago_Pago';
test.use({ timezoneId: BROWSER_ZONE });

test("default dates are the office's day from the core, not the browser's", async ({ app, page }) => {
  const shell = await setUpAsAdmin(page, app.url);
  const settings = await shell.visitSettings(app.url);
  await expect(settings.timeZone).toHaveValue('Asia/Shanghai');
  await expect(await settings.setTimeZone(OFFICE_ZONE)).toBeVisible();

  const office = await apiOf(page, app.url)('system.today', {});
  expect(office.timeZone).toBe(OFFICE_ZONE);
  const browserToday = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  expect(browserToday).not.toBe(office.date);
  await expect(settings.officeToday(office.date, OFFICE_ZONE)).toBeVisible();
  // Times from the core are shown on the office's clock: the zone was saved a moment ago, on the office's today.
  await expect(settings.changeRow('office.timeZone')).toContainText(`${office.date} `);
  await page.screenshot({ path: 'test-results/screens/office-time-zone.png' });

  const items = await shell.openItems();
  await items.add.click();
  await expect(items.effectiveFrom).toHaveValue(office.date);
});
