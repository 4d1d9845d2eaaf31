import type { Download, Locator, Page } from '@playwright/test';
import {
  anyOption,
  chooseOption,
  dialogClose,
  fieldError,
  fieldLabels,
  optionsOf,
  searchOptions,
  topDialog,
} from './antd';

/** 年度抽查计划: the list of plans with its 新建 dialog. */
export class PlansPage {
  readonly add: Locator;
  readonly name: Locator;
  readonly create: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.add = page.getByTestId('plan-add');
    this.name = page.getByTestId('plan-name');
    this.create = page.getByTestId('plan-create');
    this.table = page.getByTestId('plans-table');
  }

  row(name: string): Locator {
    return this.table.locator('tr', { hasText: name });
  }

  /** 新建 → the name → 确定: the new plan's page opens. */
  async createPlan(name: string): Promise<PlanPage> {
    await this.add.click();
    await this.name.fill(name);
    await this.create.click();
    return new PlanPage(this.page);
  }

  /** Opens a plan as most users do: a click on its row. */
  async open(name: string): Promise<PlanPage> {
    await this.row(name).locator('td').first().click();
    return new PlanPage(this.page);
  }

  /** Opens a plan with a click on a cell of its row (here the one holding `cell`). */
  async openByClick(name: string, cell: string): Promise<PlanPage> {
    await this.row(name).getByRole('cell', { name: cell, exact: true }).click();
    return new PlanPage(this.page);
  }

  /** Opens a plan from the keyboard: its row focused, then Enter. */
  async openByKeyboard(name: string): Promise<PlanPage> {
    await this.row(name).focus();
    await this.page.keyboard.press('Enter');
    return new PlanPage(this.page);
  }
}

/** One plan's page: its summary, tasks, adjustments, publication and PDF. */
export class PlanPage {
  readonly summary: Locator;
  readonly warnings: Locator;
  readonly tasks: Locator;
  readonly adjustments: Locator;
  readonly addTaskButton: Locator;
  readonly publishButton: Locator;
  readonly confirmPublish: Locator;
  /** Saves the plan as PDF (in the browser: a download). */
  readonly pdf: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByTestId('plan-summary');
    this.warnings = page.getByTestId('plan-warnings');
    this.tasks = page.getByTestId('plan-tasks');
    this.adjustments = page.getByTestId('plan-adjustments');
    this.addTaskButton = page.getByTestId('plan-task-add');
    this.publishButton = page.getByTestId('plan-publish');
    this.confirmPublish = page.getByTestId('plan-publish-confirm');
    this.pdf = page.getByTestId('plan-pdf-save');
  }

  taskRow(name: string): Locator {
    return this.tasks.locator('tr', { hasText: name });
  }

  /** The 待发布 note beside a task changed by an adjustment not yet published. */
  pendingChange(task: string): Locator {
    return this.taskRow(task).getByTestId('plan-task-pending');
  }

  async addTask(): Promise<PlanTaskDialog> {
    await this.addTaskButton.click();
    return new PlanTaskDialog(this.page);
  }

  async editTask(name: string): Promise<PlanTaskDialog> {
    await this.taskRow(name).getByRole('button', { name: '修改' }).click();
    return new PlanTaskDialog(this.page);
  }

  async publish(): Promise<void> {
    await this.publishButton.click();
    await this.confirmPublish.click();
  }

  async savePdf(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.pdf.click();
    return downloading;
  }

  async backToList(): Promise<PlansPage> {
    await this.page.getByRole('button', { name: '返回列表' }).click();
    return new PlansPage(this.page);
  }
}

/** 添加计划任务 / 修改计划任务: the period, the items, the name and, once published, the adjustment's reason. */
export class PlanTaskDialog {
  readonly dialog: Locator;
  readonly name: Locator;
  readonly items: Locator;
  /** The note under the item picker naming the items not in force on the period's first day. */
  readonly itemsExcluded: Locator;
  readonly adjustReason: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.dialog = topDialog(page);
    this.name = page.getByTestId('task-name');
    this.items = page.getByTestId('task-items');
    this.itemsExcluded = page.getByTestId('task-items-excluded');
    this.adjustReason = page.getByTestId('adjust-reason');
    this.save = page.getByTestId('plan-task-save');
  }

  /** The label of the dialog's first field. */
  firstFieldLabel(): Locator {
    return fieldLabels(this.dialog).first();
  }

  error(text: string): Locator {
    return fieldError(this.page, text);
  }

  /** Picks items in the multi-select by typing part of their names, then closes its list. */
  async chooseItems(names: string[]): Promise<void> {
    for (const name of names) await chooseOption(this.items, name, { search: name });
    await this.page.keyboard.press('Escape');
  }

  /** Types into the item picker and returns the options it then offers. */
  async searchItems(text: string): Promise<Locator> {
    return searchOptions(this.items, text);
  }

  /** The options the item picker's list shows now (none once it is closed). */
  async itemOptions(): Promise<Locator> {
    return optionsOf(this.items);
  }

  /** Empties the picker's search box and closes its list. */
  async clearItemSearch(): Promise<void> {
    await this.items.locator('input').fill('');
    await this.page.keyboard.press('Escape');
  }

  /** An option of the item picker (open or not), by the start of its label: the item's code. */
  itemOption(code: string): Locator {
    return anyOption(this.page, new RegExp(`^${code} `));
  }

  /** The dialog's × (which asks first when something was typed). */
  async closeWithX(): Promise<void> {
    await dialogClose(this.page, this.name).click();
  }

  /** The targeted (重点) stratum's ratio. */
  get targetedRatio(): Locator {
    return this.page.getByTestId('task-ratio-penalized');
  }

  /** A flag that forms the targeted stratum, by its label (投诉举报经核实, 列入经营异常名录, …). */
  targetFlag(label: string): Locator {
    return this.page.getByTestId('task-target-flags').getByLabel(label);
  }

  async saveTask(values: { name?: string; reason?: string } = {}): Promise<void> {
    if (values.name !== undefined) await this.name.fill(values.name);
    if (values.reason !== undefined) await this.adjustReason.fill(values.reason);
    await this.save.click();
  }
}
