import type { Locator, Page } from '@playwright/test';
import { chooseOption, tableRows } from './antd';

/** 个案登记: the list with its filter, the 登记 dialog and the 办结 dialog. */
export class CasesPage {
  readonly add: Locator;
  readonly filter: Locator;
  readonly table: Locator;
  readonly source: Locator;
  readonly subject: Locator;
  /** The chosen subject's code, linked to its record. */
  readonly subjectLink: Locator;
  readonly department: Locator;
  readonly summary: Locator;
  readonly save: Locator;
  readonly outcome: Locator;
  readonly closeSave: Locator;

  constructor(readonly page: Page) {
    this.add = page.getByTestId('case-add');
    this.filter = page.getByTestId('case-filter');
    this.table = page.getByTestId('cases-table');
    this.source = page.getByTestId('case-source');
    this.subject = page.getByTestId('case-subject');
    this.subjectLink = page.getByTestId('case-subject-link');
    this.department = page.getByTestId('case-department');
    this.summary = page.getByTestId('case-summary');
    this.save = page.getByTestId('case-form-save');
    this.outcome = page.getByTestId('case-outcome');
    this.closeSave = page.getByTestId('case-close-save');
  }

  rows(): Locator {
    return tableRows(this.table);
  }

  /**
   * 登记: the source chosen first (a choice made first survives everything typed after it), the subject found in the
   * directory by name, the department and the summary, then 保存. `beforeSaving` checks the filled dialog.
   */
  async register(entry: {
    source: string;
    subject: string;
    department: string;
    summary: string;
    beforeSaving?: () => Promise<void>;
  }): Promise<void> {
    await this.add.click();
    await chooseOption(this.source, entry.source);
    await chooseOption(this.subject, entry.subject, { search: entry.subject });
    await chooseOption(this.department, entry.department);
    await this.summary.fill(entry.summary);
    await entry.beforeSaving?.();
    await this.save.click();
  }

  /** 办结 on a case's row, with its outcome. */
  async close(row: Locator, outcome: string): Promise<void> {
    await row.getByRole('button', { name: '办结' }).click();
    await this.outcome.fill(outcome);
    await this.closeSave.click();
  }

  async show(filter: '全部' | '办理中' | '已办结'): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/cases.list'));
    await this.filter.getByText(filter, { exact: true }).click();
    await answered;
  }
}
