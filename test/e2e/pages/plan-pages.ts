import type { Locator, Page } from '@playwright/test';

/** 年度抽查计划: the list with its 新建 dialog, and one plan's page. */
export class PlanPages {
  readonly addPlan: Locator;
  readonly planName: Locator;
  readonly createPlan: Locator;
  readonly summary: Locator;
  readonly warnings: Locator;
  readonly tasks: Locator;
  readonly adjustments: Locator;
  readonly addTask: Locator;
  readonly taskName: Locator;
  readonly taskItems: Locator;
  /** The note under the item picker naming the items not in force on the period's first day. */
  readonly itemsExcluded: Locator;
  /** The options of the open dropdown. */
  readonly visibleOptions: Locator;
  readonly saveTask: Locator;
  readonly adjustReason: Locator;
  readonly publish: Locator;
  readonly confirmPublish: Locator;
  /** Saves the plan as PDF (in the browser: a download). */
  readonly pdf: Locator;

  constructor(readonly page: Page) {
    this.addPlan = page.getByTestId('plan-add');
    this.planName = page.getByTestId('plan-name');
    this.createPlan = page.getByTestId('plan-create');
    this.summary = page.getByTestId('plan-summary');
    this.warnings = page.getByTestId('plan-warnings');
    this.tasks = page.getByTestId('plan-tasks');
    this.adjustments = page.getByTestId('plan-adjustments');
    this.addTask = page.getByTestId('plan-task-add');
    this.taskName = page.getByTestId('task-name');
    this.taskItems = page.getByTestId('task-items');
    this.itemsExcluded = page.getByTestId('task-items-excluded');
    this.visibleOptions = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    this.saveTask = page.getByTestId('plan-task-save');
    this.adjustReason = page.getByTestId('adjust-reason');
    this.publish = page.getByTestId('plan-publish');
    this.confirmPublish = page.getByTestId('plan-publish-confirm');
    this.pdf = page.getByTestId('plan-pdf-save');
  }

  /** Picks items in the task dialog's multi-select by typing part of their names. */
  async chooseItems(names: string[]): Promise<void> {
    for (const name of names) {
      await this.taskItems.click();
      await this.page.keyboard.type(name);
      await this.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: name })
        .first()
        .click();
    }
    await this.page.keyboard.press('Escape');
  }

  /** An option of the item picker (open or not), by the start of its label: the item's code. */
  itemOption(code: string): Locator {
    return this.page.locator('.ant-select-item-option', { hasText: new RegExp(`^${code} `) });
  }

  taskRow(name: string): Locator {
    return this.tasks.locator('tr', { hasText: name });
  }
}
