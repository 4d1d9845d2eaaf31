import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setUpAsAdmin } from './pages/auth-pages';
import { UnsavedQuestion } from './pages/unsaved-question';

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
  const shell = await setUpAsAdmin(page, app.url);
  const question = new UnsavedQuestion(page);
  const plans = await shell.openPlans();

  // Untouched (only its defaults filled in): Esc closes it at once.
  await plans.add.click();
  await plans.name.focus();
  await page.keyboard.press('Escape');
  await expect(plans.name).toBeHidden();
  await expect(question.box).toHaveCount(0);

  const plan = await plans.createPlan('2026 年部门抽查计划');
  await expect(plan.summary).toContainText('草稿');

  // A failed field check shows under the field and leaves no unhandled rejection (the fixture fails on any).
  const dialog = await plan.addTask();
  await dialog.saveTask();
  await expect(dialog.error('请填写任务名称')).toBeVisible();

  await dialog.name.fill('餐饮单位检查');
  await page.keyboard.press('Escape');
  await expect(question.box).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/unsaved-dialog-question.png' });
  await question.keepEditing();
  await expect(question.box).toHaveCount(0);
  await expect(dialog.name).toHaveValue('餐饮单位检查');

  // A click on the mask asks too.
  await page.mouse.click(20, 400);
  await expect(question.box).toBeVisible();
  await question.keepEditing();
  await expect(dialog.name).toHaveValue('餐饮单位检查');

  // A reload asks (the browser's own question) and staying keeps what was typed.
  expect(await reloadButStay(page)).toEqual(['beforeunload']);
  await expect(dialog.name).toHaveValue('餐饮单位检查');

  // × then 放弃修改 closes it; opened again, it is empty.
  await dialog.closeWithX();
  await expect(question.box).toBeVisible();
  await question.discard();
  await expect(dialog.name).toBeHidden();
  const again = await plan.addTask();
  await expect(again.name).toHaveValue('');
  await again.name.focus();
  await page.keyboard.press('Escape');
  await expect(again.name).toBeHidden();
});

test('a page form with changes asks before another menu entry and before a reload', async ({ app, page }) => {
  const shell = await setUpAsAdmin(page, app.url);
  const question = new UnsavedQuestion(page);
  const settings = await shell.openSettings();
  await expect(settings.officeName).toHaveValue(/固阳县/);

  await settings.officeName.fill('固阳县市场监督管理局（试）');
  await shell.openItems();
  await expect(question.box).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/unsaved-page-question.png' });
  await question.keepEditing();
  await expect(shell.pageTitle).toHaveText('系统设置');
  await expect(settings.officeName).toHaveValue('固阳县市场监督管理局（试）');

  expect(await reloadButStay(page)).toEqual(['beforeunload']);
  await expect(settings.officeName).toHaveValue('固阳县市场监督管理局（试）');

  await shell.open('抽查事项清单');
  await question.discard();
  await expect(shell.pageTitle).toHaveText('随机抽查事项清单');

  // Saved, the form is no longer unsaved: leaving does not ask.
  await shell.open('系统设置');
  await settings.officeName.fill('固阳县市场监督管理局');
  await expect(await settings.saveOffice()).toBeVisible();
  await shell.open('抽查事项清单');
  await expect(shell.pageTitle).toHaveText('随机抽查事项清单');
  await expect(question.box).toHaveCount(0);
  expect(await reloadButStay(page)).toEqual([]);
});
