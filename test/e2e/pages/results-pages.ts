import type { Locator, Page } from '@playwright/test';

/** 结果录入 and 审核与公示: the task picker, the results table, the keyboard entry panel and the publication bar. */
export class ResultsPages {
  readonly taskPicker: Locator;
  readonly table: Locator;
  readonly progress: Locator;
  readonly panelSubject: Locator;
  readonly categories: Locator;
  readonly problems: Locator;
  readonly entryError: Locator;
  /** Why the caller may not enter the row in the panel (only viewing). */
  readonly refusal: Locator;
  readonly publicationTable: Locator;
  readonly publishSelected: Locator;
  readonly followUpNew: Locator;
  readonly followUpMeasure: Locator;
  readonly followUpsTable: Locator;
  readonly followUpOutcome: Locator;
  readonly creditTable: Locator;

  constructor(readonly page: Page) {
    this.taskPicker = page.getByTestId('task-picker');
    this.table = page.getByTestId('results-table');
    this.progress = page.getByTestId('results-progress');
    this.panelSubject = page.getByTestId('entry-subject');
    this.categories = page.getByTestId('entry-categories');
    this.problems = page.getByTestId('entry-problems');
    this.entryError = page.getByTestId('entry-error');
    this.refusal = page.getByTestId('entry-refusal');
    this.publicationTable = page.getByTestId('publication-table');
    this.publishSelected = page.getByTestId('publish-selected');
    this.followUpNew = page.getByTestId('followup-new');
    this.followUpMeasure = page.getByTestId('followup-measure');
    this.followUpsTable = page.getByTestId('followups-table');
    this.followUpOutcome = page.getByTestId('followup-outcome');
    this.creditTable = page.getByTestId('credit-table');
  }

  /** The visible dropdown's option with this text (antd renders its own list, not native options). */
  option(text: string): Locator {
    return this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });
  }

  async chooseTask(name: string): Promise<void> {
    await this.taskPicker.click();
    await this.option(name).click();
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

  publicationRow(subject: string): Locator {
    return this.publicationTable.locator('tr', { hasText: subject });
  }
}
