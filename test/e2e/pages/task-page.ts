import type { Locator, Page } from '@playwright/test';

/** 抽查任务 and 任务详情: creating a task from the plan, the draw ceremony, the teams and the record. */
export class TaskPage {
  readonly fromPlan: Locator;
  readonly fromPlanPlan: Locator;
  readonly fromPlanTask: Locator;
  readonly fromPlanCreate: Locator;
  readonly openDraw: Locator;
  readonly poolSize: Locator;
  readonly counting: Locator;
  readonly nonceHash: Locator;
  readonly witnessName: Locator;
  readonly witnessValue: Locator;
  readonly run: Locator;
  readonly card: Locator;
  readonly redraw: Locator;
  readonly redrawReason: Locator;
  readonly redrawApprover: Locator;
  readonly redrawConfirm: Locator;
  readonly lock: Locator;
  readonly match: Locator;
  readonly subjects: Locator;
  readonly changeRemove: Locator;
  readonly changeAdd: Locator;
  readonly changeReason: Locator;
  readonly changeSave: Locator;
  readonly changes: Locator;
  readonly attempts: Locator;

  constructor(readonly page: Page) {
    this.fromPlan = page.getByTestId('task-from-plan');
    this.fromPlanPlan = page.getByTestId('from-plan-plan');
    this.fromPlanTask = page.getByTestId('from-plan-task');
    this.fromPlanCreate = page.getByTestId('from-plan-create');
    this.openDraw = page.getByTestId('draw-open');
    this.poolSize = page.getByTestId('draw-pool-size');
    this.counting = page.getByTestId('draw-counting');
    this.nonceHash = page.getByTestId('draw-nonce-hash');
    this.witnessName = page.getByTestId('witness-name-0');
    this.witnessValue = page.getByTestId('witness-value-0');
    this.run = page.getByTestId('draw-run');
    this.card = page.getByTestId('draw-card');
    this.redraw = page.getByTestId('draw-redraw');
    this.redrawReason = page.getByTestId('redraw-reason');
    this.redrawApprover = page.getByTestId('redraw-approver');
    this.redrawConfirm = page.getByTestId('redraw-confirm');
    this.lock = page.getByTestId('draw-lock');
    this.match = page.getByTestId('match-run');
    this.subjects = page.getByTestId('task-subjects');
    this.changeRemove = page.getByTestId('change-member-remove');
    this.changeAdd = page.getByTestId('change-member-add');
    this.changeReason = page.getByTestId('change-member-reason');
    this.changeSave = page.getByTestId('change-member-save');
    this.changes = page.getByTestId('team-changes');
    this.attempts = page.getByTestId('draw-attempts');
  }

  /** Picks the first option of an antd select whose label contains `text`. */
  async choose(select: Locator, text?: string): Promise<void> {
    await select.click();
    // The dropdown just opened is the last one that is not hidden (closed ones stay in the page, hidden).
    const options = this.page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .last()
      .locator('.ant-select-item-option');
    await (text ? options.filter({ hasText: text }) : options).first().click();
  }

  async witness(name: string, value: string): Promise<void> {
    await this.witnessName.fill(name);
    await this.witnessValue.fill(value);
    await this.run.click();
  }

  tab(label: RegExp | string): Locator {
    return this.page.getByRole('tab', { name: label });
  }
}
