import type { Locator, Page } from '@playwright/test';
import { chooseOption, columnHeader, dialogButton, dialogOk, fillDate, toast } from './antd';

/** 结果录入: the task picker, the results table and the keyboard entry panel beside it. */
export class ResultsEntryPage {
  readonly taskPicker: Locator;
  readonly table: Locator;
  readonly progress: Locator;
  readonly panel: Locator;
  readonly panelSubject: Locator;
  readonly categories: Locator;
  readonly problems: Locator;
  readonly entryError: Locator;
  /** Why the caller may not enter the row in the panel (only viewing). */
  readonly refusal: Locator;
  /** The rows flagged as due within a few working days. */
  readonly dueSoonFlags: Locator;

  constructor(readonly page: Page) {
    this.taskPicker = page.getByTestId('task-picker');
    this.table = page.getByTestId('results-table');
    this.progress = page.getByTestId('results-progress');
    this.panel = page.getByTestId('entry-panel');
    this.panelSubject = page.getByTestId('entry-subject');
    this.categories = page.getByTestId('entry-categories');
    this.problems = page.getByTestId('entry-problems');
    this.entryError = page.getByTestId('entry-error');
    this.refusal = page.getByTestId('entry-refusal');
    this.dueSoonFlags = this.table.getByTestId('flag-due-soon');
  }

  async chooseTask(name: string): Promise<void> {
    await chooseOption(this.taskPicker, name);
  }

  row(subject: string): Locator {
    return this.table.locator('tr', { hasText: subject });
  }

  columnHeader(title: string): Locator {
    return columnHeader(this.table, title);
  }

  /** The panel's refusal of a save, shown in the panel or as a message at the top. */
  saveRefusal(text: string): Locator {
    return this.entryError.or(this.page.getByText(text));
  }

  /**
   * Types a category code into the focused category box and picks it with Enter, exactly as the manual tells a
   * keyboard user (no Escape: the option list stays open, and Ctrl+Enter must still save what is shown).
   */
  async typeCategory(code: string): Promise<void> {
    await this.categories.locator('input').focus();
    await this.page.keyboard.type(code);
    await this.page.keyboard.press('Enter');
  }

  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }
}

/** 审核与公示: the task's results to publish, withhold or follow up. */
export class PublicationPage {
  readonly taskPicker: Locator;
  readonly table: Locator;
  readonly view: Locator;
  readonly publishSelected: Locator;
  readonly followUpNew: Locator;
  readonly followUpMeasure: Locator;
  readonly followUpDecidedOn: Locator;

  constructor(readonly page: Page) {
    this.taskPicker = page.getByTestId('task-picker');
    this.table = page.getByTestId('publication-table');
    this.view = page.getByTestId('publication-view');
    this.publishSelected = page.getByTestId('publish-selected');
    this.followUpNew = page.getByTestId('followup-new');
    this.followUpMeasure = page.getByTestId('followup-measure');
    this.followUpDecidedOn = page.getByTestId('followup-decided-on');
  }

  async chooseTask(name: string): Promise<void> {
    await chooseOption(this.taskPicker, name);
  }

  row(subject: string): Locator {
    return this.table.locator('tr', { hasText: subject });
  }

  async select(subject: string): Promise<void> {
    await this.row(subject).locator('input[type=checkbox]').check();
  }

  async show(view: '全部' | '已公示/不予公示'): Promise<void> {
    await this.view.getByText(view).click();
  }

  /** 公示所选, confirmed. */
  async publish(subject: string): Promise<void> {
    await this.select(subject);
    await this.publishSelected.click();
    await dialogButton(this.page, '公示').click();
  }

  /**
   * 登记后续处置 for a result, with the measure chosen and, when given, the day it was decided (else today, the form's
   * default); returns the message that confirms it.
   */
  async registerFollowUp(subject: string, measure: string, decidedOn?: string): Promise<Locator> {
    await this.openFollowUp(subject);
    return this.completeFollowUp(measure, decidedOn);
  }

  /** 登记后续处置 opened for a result, the form not yet filled. */
  async openFollowUp(subject: string): Promise<void> {
    await this.select(subject);
    await this.followUpNew.click();
  }

  /** The open 登记后续处置 form filled and confirmed; returns the message that confirms it. */
  async completeFollowUp(measure: string, decidedOn?: string): Promise<Locator> {
    await chooseOption(this.followUpMeasure, measure);
    if (decidedOn) await fillDate(this.followUpDecidedOn, decidedOn);
    await dialogOk(this.page).click();
    return toast(this.page, '已登记后续处置');
  }
}

/** 后续处置: the open follow-ups and their closing. */
export class FollowUpsPage {
  readonly table: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('followups-table');
    this.outcome = page.getByTestId('followup-outcome');
  }

  /** 办结 on the (only) open follow-up, with its outcome. */
  async close(outcome: string): Promise<void> {
    await this.table.getByTestId('followup-close').click();
    await this.outcome.fill(outcome);
    await dialogOk(this.page).click();
  }
}

/** 信用风险分类调整: the classes proposed by results, each to confirm. */
export class CreditPage {
  readonly table: Locator;
  readonly change: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('credit-table');
    this.change = this.table.getByTestId('credit-change');
  }

  /** 确认 on the (only) proposal, then 确认调整; returns the message that confirms it. */
  async confirm(): Promise<Locator> {
    await this.table.getByTestId('credit-confirm').click();
    await dialogButton(this.page, '确认调整').click();
    return toast(this.page, '已确认，风险分类已调整');
  }
}
