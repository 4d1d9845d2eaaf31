import type { Download, Locator, Page } from '@playwright/test';
import { chooseOption, fillDate } from './antd';

/** 月报表: a month's report and the year's (or a period's) summary, each downloaded as a workbook. */
export class MonthlyReportPage {
  readonly month: Locator;
  readonly generate: Locator;
  readonly done: Locator;
  readonly summaryPeriod: Locator;
  readonly summaryGenerate: Locator;

  constructor(readonly page: Page) {
    this.month = page.getByTestId('report-month');
    this.generate = page.getByTestId('report-generate');
    this.done = page.getByTestId('report-done');
    this.summaryPeriod = page.getByTestId('summary-period');
    this.summaryGenerate = page.getByTestId('summary-generate');
  }

  /** The month typed as YYYY-MM, then 生成: the browser downloads the workbook. */
  async downloadMonth(month: string): Promise<Download> {
    await fillDate(this.month, month, 'Enter');
    const downloading = this.page.waitForEvent('download');
    await this.generate.click();
    return downloading;
  }

  /** The summary's period chosen by its label (e.g. "2026 年全年"), then 生成. */
  async downloadSummary(period: string): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await chooseOption(this.summaryPeriod, period);
    await this.summaryGenerate.click();
    return downloading;
  }
}
