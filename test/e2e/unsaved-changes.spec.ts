import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { setUpAsAdmin } from './pages/auth-pages';
import { PlanPages } from './pages/plan-pages';

const QUESTION = '有未保存的修改，确定放弃吗？';

/** The question asked before typed changes are dropped. */
const discardQuestion = (page: Page) => page.locator('.ant-modal-confirm').filter({ hasText: QUESTION });

/** Reloads and answers the browser's leave-page question with 取消 (stay); returns the kinds of dialog seen. */
async function reloadButStay(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const onDialog = (dialog: Dialog) => {
    seen.push(dialog.type());
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  // The reload is cancelled by the answer, so it never finishes: a short wait is enough.
  await page.reload({ timeout: 3_000 }).catch(() => undefined);
  page.off('dialog', onDialog);
  return seen;
}

test('a dialog with changes asks before it closes on Esc, × or the mask; an untouched one closes at once', async ({
  app,
  page,
}) => {
  await setUpAsAdmin(page, app.url);
  const shell = new AppShell(page);
  const plans = new PlanPages(page);
  await shell.open('双随机抽查');
  await shell.open('年度抽查计划');

  // Untouched (only its defaults filled in): Esc closes it at once.
  await plans.addPlan.click();
  await plans.planName.focus();
  await page.keyboard.press('Escape');
  await expect(plans.planName).toBeHidden();
  await expect(discardQuestion(page)).toHaveCount(0);

  await plans.addPlan.click();
  await plans.planName.fill('2026 年部门抽查计划');
  await plans.createPlan.click();
  await expect(plans.summary).toContainText('草稿');

  // A failed field check shows under the field and leaves no unhandled rejection (the fixture fails on any).
  await plans.addTask.click();
  await plans.saveTask.click();
  await expect(page.getByText('请填写任务名称')).toBeVisible();

  await plans.taskName.fill('餐饮单位检查');
  await page.keyboard.press('Escape');
  await expect(discardQuestion(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/unsaved-dialog-question.png' });
  await page.getByRole('button', { name: '继续编辑' }).click();
  await expect(discardQuestion(page)).toHaveCount(0);
  await expect(plans.taskName).toHaveValue('餐饮单位检查');

  // A click on the mask asks too.
  await page.mouse.click(20, 400);
  await expect(discardQuestion(page)).toBeVisible();
  await page.getByRole('button', { name: '继续编辑' }).click();
  await expect(plans.taskName).toHaveValue('餐饮单位检查');

  // A reload asks (the browser's own question) and staying keeps what was typed.
  expect(await reloadButStay(page)).toEqual(['beforeunload']);
  await expect(plans.taskName).toHaveValue('餐饮单位检查');

  // × then 放弃修改 closes it; opened again, it is empty.
  await page.locator('.ant-modal').filter({ has: plans.taskName }).locator('.ant-modal-close').click();
  await expect(discardQuestion(page)).toBeVisible();
  await page.getByRole('button', { name: '放弃修改' }).click();
  await expect(plans.taskName).toBeHidden();
  await plans.addTask.click();
  await expect(plans.taskName).toHaveValue('');
  await plans.taskName.focus();
  await page.keyboard.press('Escape');
  await expect(plans.taskName).toBeHidden();
});

test('a page form with changes asks before another menu entry and before a reload', async ({ app, page }) => {
  await setUpAsAdmin(page, app.url);
  const shell = new AppShell(page);
  await shell.open('系统设置');
  const officeName = page.getByTestId('office-name-input');
  await expect(officeName).toHaveValue(/固阳县/);

  await officeName.fill('固阳县市场监督管理局（试）');
  await shell.open('一单两库');
  await shell.open('抽查事项清单');
  await expect(discardQuestion(page)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/unsaved-page-question.png' });
  await page.getByRole('button', { name: '继续编辑' }).click();
  await expect(shell.pageTitle).toHaveText('系统设置');
  await expect(officeName).toHaveValue('固阳县市场监督管理局（试）');

  expect(await reloadButStay(page)).toEqual(['beforeunload']);
  await expect(officeName).toHaveValue('固阳县市场监督管理局（试）');

  await shell.open('抽查事项清单');
  await page.getByRole('button', { name: '放弃修改' }).click();
  await expect(shell.pageTitle).toHaveText('随机抽查事项清单');

  // Saved, the form is no longer unsaved: leaving does not ask.
  await shell.open('系统设置');
  await officeName.fill('固阳县市场监督管理局');
  await page.getByTestId('office-save').click();
  await expect(page.getByText('单位信息已保存')).toBeVisible();
  await shell.open('抽查事项清单');
  await expect(shell.pageTitle).toHaveText('随机抽查事项清单');
  await expect(discardQuestion(page)).toHaveCount(0);
  expect(await reloadButStay(page)).toEqual([]);
});
