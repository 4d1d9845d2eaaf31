import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { chooseOption, dialogButton, fieldError, searchOptions, tab, tableRows } from './antd';

/** 抽查任务: the list of the year's tasks and the 按计划创建 dialog. */
export class TasksPage {
  readonly table: Locator;
  readonly fromPlan: Locator;
  readonly fromPlanPlan: Locator;
  readonly fromPlanTask: Locator;
  readonly fromPlanCreate: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('tasks-table');
    this.fromPlan = page.getByTestId('task-from-plan');
    this.fromPlanPlan = page.getByTestId('from-plan-plan');
    this.fromPlanTask = page.getByTestId('from-plan-task');
    this.fromPlanCreate = page.getByTestId('from-plan-create');
  }

  /** 按计划创建: the plan, its task, 创建; the new task's page opens on its draw. */
  async createFromPlan(plan: string, task: string): Promise<TaskPage> {
    await this.fromPlan.click();
    await chooseOption(this.fromPlanPlan, plan);
    await chooseOption(this.fromPlanTask, task);
    await this.fromPlanCreate.click();
    return new TaskPage(this.page);
  }

  /** Opens a task as the list offers it: a double click on its row. */
  async openTask(name: string): Promise<TaskPage> {
    await this.table.locator('tr', { hasText: name }).dblclick();
    return new TaskPage(this.page);
  }
}

/** 任务详情: the draw ceremony, the teams and the history of attempts. */
export class TaskPage {
  readonly openDrawButton: Locator;
  readonly poolSize: Locator;
  readonly counting: Locator;
  readonly nonceHash: Locator;
  readonly witnessName: Locator;
  readonly witnessValue: Locator;
  readonly run: Locator;
  readonly card: Locator;
  readonly redrawButton: Locator;
  readonly redrawReason: Locator;
  readonly redrawApprover: Locator;
  readonly redrawConfirm: Locator;
  readonly lockButton: Locator;
  readonly matchButton: Locator;
  readonly subjects: Locator;
  readonly changeRemove: Locator;
  readonly changeAdd: Locator;
  readonly changeReason: Locator;
  readonly changeSave: Locator;
  readonly changes: Locator;
  readonly attempts: Locator;
  readonly cancelButton: Locator;
  readonly cancelReason: Locator;
  readonly cancelApprover: Locator;
  readonly cancelConfirm: Locator;
  readonly cancelledNote: Locator;
  readonly replacesNote: Locator;
  readonly exportPublicButton: Locator;

  constructor(readonly page: Page) {
    this.openDrawButton = page.getByTestId('draw-open');
    this.poolSize = page.getByTestId('draw-pool-size');
    this.counting = page.getByTestId('draw-counting');
    this.nonceHash = page.getByTestId('draw-nonce-hash');
    this.witnessName = page.getByTestId('witness-name-0');
    this.witnessValue = page.getByTestId('witness-value-0');
    this.run = page.getByTestId('draw-run');
    this.card = page.getByTestId('draw-card');
    this.redrawButton = page.getByTestId('draw-redraw');
    this.redrawReason = page.getByTestId('redraw-reason');
    this.redrawApprover = page.getByTestId('redraw-approver');
    this.redrawConfirm = page.getByTestId('redraw-confirm');
    this.lockButton = page.getByTestId('draw-lock');
    this.exportPublicButton = page.getByTestId('draw-export-public');
    this.matchButton = page.getByTestId('match-run');
    this.subjects = page.getByTestId('task-subjects');
    this.changeRemove = page.getByTestId('change-member-remove');
    this.changeAdd = page.getByTestId('change-member-add');
    this.changeReason = page.getByTestId('change-member-reason');
    this.changeSave = page.getByTestId('change-member-save');
    this.changes = page.getByTestId('team-changes');
    this.attempts = page.getByTestId('draw-attempts');
    this.cancelButton = page.getByTestId('task-cancel');
    this.cancelReason = page.getByTestId('task-cancel-reason');
    this.cancelApprover = page.getByTestId('task-cancel-approver');
    this.cancelConfirm = page.getByTestId('task-cancel-confirm');
    this.cancelledNote = page.getByTestId('task-cancelled');
    this.replacesNote = page.getByTestId('task-replaces');
  }

  /**
   * 作废任务 by keyboard alone: Enter on the button opens the dialog with the reason focused; Tab moves to the
   * approver, then past 取消 to 确认作废, and Enter confirms.
   */
  async cancelByKeyboard(reason: string, approver: string): Promise<void> {
    await this.cancelButton.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.cancelReason).toBeFocused();
    await this.page.keyboard.type(reason);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(approver);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
  }

  /** 开始抽取: the pool is fixed and its commitment shown before any witness speaks. */
  async openDraw(): Promise<void> {
    await this.openDrawButton.click();
  }

  /** 导出公开版: the browser downloads the draw's public form. */
  async exportPublic(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.exportPublicButton.click();
    return downloading;
  }

  /** The witness's name and number, then 抽取. */
  async witness(name: string, value: string): Promise<void> {
    await this.witnessName.fill(name);
    await this.witnessValue.fill(value);
    await this.run.click();
  }

  /** 重新抽取: the dialog, filled with what is given, then confirmed (a missing reason is refused in it). */
  async redraw(values: { reason?: string; approver?: string } = {}): Promise<void> {
    if (!(await this.redrawConfirm.isVisible())) await this.redrawButton.click();
    if (values.reason !== undefined) await this.redrawReason.fill(values.reason);
    if (values.approver !== undefined) await this.redrawApprover.fill(values.approver);
    await this.redrawConfirm.click();
  }

  /** A field's check message in a dialog of this page. */
  error(text: string): Locator {
    return fieldError(this.page, text);
  }

  /** 锁定, confirmed in the box that asks. */
  async lock(): Promise<void> {
    await this.lockButton.click();
    await dialogButton(this.page, '锁定').click();
  }

  async showTeams(): Promise<void> {
    await tab(this.page, /抽取结果与检查组/).click();
  }

  async showAttempts(): Promise<void> {
    await tab(this.page, '抽取记录').click();
  }

  async matchTeams(): Promise<void> {
    await this.matchButton.click();
  }

  /** The drawn subjects with their teams, in draw order. */
  subjectRows(): Locator {
    return tableRows(this.subjects);
  }

  attemptRows(): Locator {
    return this.attempts.locator('tbody tr');
  }

  /**
   * 调整成员 on a drawn subject's row: takes off the member whose option contains `remove`, puts on the first
   * officer offered, with the reason.
   */
  async changeMember(row: Locator, change: { remove: string; reason: string }): Promise<void> {
    await row.getByRole('button', { name: '调整成员' }).click();
    await chooseOption(this.changeRemove, change.remove);
    await chooseOption(this.changeAdd);
    await this.changeReason.fill(change.reason);
    await this.changeSave.click();
  }

  /** 调整成员 on a drawn subject's row, then the officer `name` as the add picker offers him (disabled when unfit). */
  async offeredOfficer(row: Locator, name: string): Promise<Locator> {
    await row.getByRole('button', { name: '调整成员' }).click();
    return (await searchOptions(this.changeAdd)).filter({ hasText: name });
  }
}
