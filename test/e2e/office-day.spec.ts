import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';

/**
 * A department's PC on Kiritimati time (UTC+14) and an office on Pago Pago time (UTC−11): 25 hours apart, so the
 * browser's day and the office's differ at any hour the test runs. Default dates must be the office's, from the core.
 */
const BROWSER_ZONE = 'Pacific/Kiritimati';
const OFFICE_ZONE = 'Pacific/Pago_Pago';
test.use({ timezoneId: BROWSER_ZONE });

test("default dates are the office's day from the core, not the browser's", async ({ app, page }) => {
  await setUpAsAdmin(page, app.url);
  const shell = new AppShell(page);
  await page.goto(`${app.url}/#/settings`);
  const zone = page.getByTestId('office-time-zone').locator('input');
  await expect(zone).toHaveValue('Asia/Shanghai');
  await zone.fill(OFFICE_ZONE);
  await page.getByTestId('office-time-zone-save').click();
  await expect(page.getByText('单位所在时区已保存')).toBeVisible();

  const office = await apiOf(page, app.url)('system.today', {});
  expect(office.timeZone).toBe(OFFICE_ZONE);
  const browserToday = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  expect(browserToday).not.toBe(office.date);
  await expect(page.getByText(`单位今天是 ${office.date}（${OFFICE_ZONE}）`)).toBeVisible();
  // Times from the core are shown on the office's clock: the zone was saved a moment ago, on the office's today.
  const saved = page.getByRole('row').filter({ hasText: 'office.timeZone' });
  await expect(saved).toContainText(`${office.date} `);
  await page.screenshot({ path: 'test-results/screens/office-time-zone.png' });

  await shell.open('一单两库');
  await shell.open('抽查事项清单');
  await page.getByTestId('item-add').click();
  await expect(page.getByTestId('item-form-effective-from')).toHaveValue(office.date);
});
