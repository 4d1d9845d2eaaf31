import { expect, test } from './fixtures';
import { apiOf } from './pages/api';
import { setUpAsAdmin } from './pages/auth-pages';

test('create an item, revise it with a reason, and see both versions', async ({ app, page }) => {
  const shell = await setUpAsAdmin(page, app.url);
  const items = await shell.openItems();

  await items.startNew('SCJG-001', '食品经营者经营条件检查', '《中华人民共和国食品安全法》第三十三条');
  await items.ratio.fill('5');
  await items.frequency.fill('1');
  await items.scopeIndustry.fill('F52');
  await items.save.click();
  await expect(items.table).toContainText('食品经营者经营条件检查');
  await expect(items.table).toContainText('5% / 1 次');

  await items.startRevision();
  // The item's subject scope (a saved filter) came back from the core with the item.
  await expect(items.scopeIndustry).toHaveValue('F52');
  await items.name.fill('食品经营者经营条件和食品安全管理检查');
  await items.reason.fill('《食品安全法》修正');
  await items.save.click();
  await expect(items.table).toContainText('第 2 版');

  await items.showVersions();
  await expect(items.history).toContainText('第 2 版');
  await expect(items.history).toContainText('原因：《食品安全法》修正');
  await expect(items.history).toContainText('第 1 版');
  await page.screenshot({ path: 'test-results/screens/item-history.png' });

  // A second department's item, then a joint item grouping both, shown in the joint-items dialog.
  const api = apiOf(page, app.url);
  await api('items.create', {
    code: 'WJ-001',
    departmentId: 17,
    name: '餐饮服务单位卫生检查',
    basis: '《公共场所卫生管理条例》',
    methods: ['实地核查'],
    category: 'key',
    effectiveFrom: '2026-01-01',
  });
  const all = await api('items.list', {});
  await api('items.jointCreate', { name: '餐饮店一业一查', leadDepartmentId: 1, itemIds: all.map((i) => i.id) });
  await page.keyboard.press('Escape');
  await items.showJointItems();
  await expect(items.jointItems).toContainText('餐饮店一业一查');
  await expect(items.jointItems).toContainText('WJ-001（县卫生健康委员会）');
});

test('create a key item by clicking 重点 after typing the other fields, which stay as typed', async ({ app, page }) => {
  const shell = await setUpAsAdmin(page, app.url);
  const items = await shell.openItems();

  await items.startNew('SCJG-KEY-1', '特种设备使用单位检查', '《中华人民共和国特种设备安全法》');
  // Choosing 重点 re-renders the dialog (the caps disappear); what was typed must stay.
  await items.category('重点').check();
  await expect(items.category('重点')).toBeChecked();
  await expect(items.name).toHaveValue('特种设备使用单位检查');
  await items.save.click();
  const row = items.namedRow(/SCJG-KEY-1/);
  await expect(row).toContainText('重点');
  await expect(row).toContainText('不设上限');
});

test('revise and retire a joint item with a reason, and publish both lists', async ({ app, page }) => {
  const shell = await setUpAsAdmin(page, app.url);
  const items = await shell.openItems();
  const api = apiOf(page, app.url);
  const fields = { basis: '《中华人民共和国食品安全法》', methods: ['实地核查' as const], category: 'key' as const };
  const a = await api('items.create', {
    ...fields,
    code: 'SCJG-001',
    departmentId: 1,
    name: '食品经营者经营条件检查',
    effectiveFrom: '2026-01-01',
  });
  const b = await api('items.create', {
    ...fields,
    code: 'WJ-001',
    departmentId: 17,
    name: '餐饮服务单位卫生检查',
    effectiveFrom: '2026-01-01',
  });
  await api('items.jointCreate', { name: '餐饮店一业一查', leadDepartmentId: 1, itemIds: [a.id, b.id] });

  // The item list: published as of the date on screen, after a confirmation.
  await page.reload();
  await expect(page.getByTestId('publication-items-last')).toHaveText('抽查事项清单尚未公布');
  await page.getByTestId('publish-items').click();
  await page.getByRole('button', { name: /^公\s?布$/ }).click();
  await expect(page.getByTestId('publication-items-last')).toContainText('公布第 1 版');
  await expect(page.getByTestId('publication-items-last')).toContainText('共 2 项');
  await page.screenshot({ path: 'test-results/screens/items-published.png' });

  // The joint list: published, then revised (a new version with its reason) — the list now differs from what was
  // published — then retired after a confirmation, keyboard only.
  await items.showJointItems();
  await expect(items.jointItems).toContainText('第 1 版');
  await page.getByTestId('publish-joint').click();
  await page.getByRole('button', { name: /^公\s?布$/ }).click();
  await expect(page.getByTestId('publication-joint-last')).toContainText('公布第 1 版');
  await items.jointItems.getByRole('button', { name: '修订' }).click();
  await page.getByTestId('joint-form-name').fill('餐饮店一业一查（开办）');
  await page.screenshot({ path: 'test-results/screens/joint-item-form.png' });
  await page.getByTestId('joint-form-reason').fill('县政府办公室通知调整清单');
  await page.getByTestId('joint-form-save').click();
  await expect(items.jointItems).toContainText('餐饮店一业一查（开办）');
  await expect(items.jointItems).toContainText('第 2 版');
  await expect(page.getByTestId('publication-joint-warning')).toContainText('1 个联合抽查事项在第 1 版公布');
  await items.jointItems.getByRole('button', { name: '版本' }).click();
  await expect(page.getByTestId('joint-history')).toContainText('原因：县政府办公室通知调整清单');
  await page.screenshot({ path: 'test-results/screens/joint-items.png' });
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.screenshot({ path: 'test-results/screens/joint-items-1024.png' });

  await items.jointItems.getByRole('button', { name: '废止' }).click();
  await page.getByTestId('joint-retire-reason').fill('并入新的一业一查清单');
  await page.screenshot({ path: 'test-results/screens/joint-item-retire-1024.png' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^废\s?止$/ }).last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.jointItems).not.toContainText('餐饮店一业一查');
  const history = await api('items.jointList', { includeRetired: true });
  expect(history.map((j) => [j.versionNo, j.status])).toEqual([[3, 'retired']]);
});
