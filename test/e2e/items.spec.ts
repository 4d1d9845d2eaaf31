import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';

/** Opens 新增抽查事项 and types an item of 县市场监督管理局, as a clerk does; the caller chooses the rest. */
async function newItem(page: Page, code: string, name: string, basis: string): Promise<void> {
  await page.getByTestId('item-add').click();
  await page.getByTestId('item-form-code').fill(code);
  await page.getByTestId('item-form-department').click();
  await page.keyboard.type('县市场监督管理局');
  await page.locator('.ant-select-dropdown:visible').getByTitle('县市场监督管理局', { exact: true }).click();
  await page.getByTestId('item-form-name').fill(name);
  await page.getByTestId('item-form-basis').fill(basis);
}

test('create an item, revise it with a reason, and see both versions', async ({ app, page }) => {
  await setUpAsAdmin(page, app.url);
  const shell = new AppShell(page);
  await shell.open('一单两库');
  await shell.open('抽查事项清单');
  const table = page.getByTestId('items-table');

  await newItem(page, 'SCJG-001', '食品经营者经营条件检查', '《中华人民共和国食品安全法》第三十三条');
  await page.getByTestId('item-form-ratio').fill('5');
  await page.getByTestId('item-form-frequency').fill('1');
  await page.getByTestId('item-form-scope-industry').fill('F52');
  await page.getByTestId('item-form-save').click();
  await expect(table).toContainText('食品经营者经营条件检查');
  await expect(table).toContainText('5% / 1 次');

  await table.getByRole('button', { name: '修订' }).click();
  // The item's subject scope (a saved filter) came back from the core with the item.
  await expect(page.getByTestId('item-form-scope-industry')).toHaveValue('F52');
  await page.getByTestId('item-form-name').fill('食品经营者经营条件和食品安全管理检查');
  await page.getByTestId('item-form-reason').fill('《食品安全法》修正');
  await page.getByTestId('item-form-save').click();
  await expect(table).toContainText('第 2 版');

  await table.getByRole('button', { name: '版本' }).click();
  const history = page.getByTestId('item-history');
  await expect(history).toContainText('第 2 版');
  await expect(history).toContainText('原因：《食品安全法》修正');
  await expect(history).toContainText('第 1 版');
  await page.screenshot({ path: 'test-results/screens/item-history.png' });

  // A second department's item, then a joint item grouping both, shown in the joint-items dialog.
  const api = async (method: string, data: object) =>
    (await (await page.request.post(`${app.url}/api/${method}`, { data })).json()) as {
      ok: boolean;
      value: { id: number };
    };
  const second = await api('items.create', {
    code: 'WJ-001',
    departmentId: 17,
    name: '餐饮服务单位卫生检查',
    basis: '《公共场所卫生管理条例》',
    methods: ['实地核查'],
    category: 'key',
    effectiveFrom: '2026-01-01',
  });
  expect(second.ok).toBe(true);
  const items = (await (await page.request.post(`${app.url}/api/items.list`, { data: {} })).json()) as {
    value: { id: number }[];
  };
  const joint = await api('items.jointCreate', {
    name: '餐饮店一业一查',
    leadDepartmentId: 1,
    itemIds: items.value.map((i) => i.id),
  });
  expect(joint.ok).toBe(true);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '联合抽查事项' }).click();
  await expect(page.getByTestId('joint-items')).toContainText('餐饮店一业一查');
  await expect(page.getByTestId('joint-items')).toContainText('WJ-001（县卫生健康委员会）');
});

test('create a key item by clicking 重点 after typing the other fields, which stay as typed', async ({ app, page }) => {
  await setUpAsAdmin(page, app.url);
  const shell = new AppShell(page);
  await shell.open('一单两库');
  await shell.open('抽查事项清单');
  const table = page.getByTestId('items-table');

  await newItem(page, 'SCJG-KEY-1', '特种设备使用单位检查', '《中华人民共和国特种设备安全法》');
  // Choosing 重点 re-renders the dialog (the caps disappear); what was typed must stay.
  await page.getByRole('radio', { name: '重点' }).check();
  await expect(page.getByRole('radio', { name: '重点' })).toBeChecked();
  await expect(page.getByTestId('item-form-name')).toHaveValue('特种设备使用单位检查');
  await page.getByTestId('item-form-save').click();
  const row = table.getByRole('row', { name: /SCJG-KEY-1/ });
  await expect(row).toContainText('重点');
  await expect(row).toContainText('不设上限');
});
