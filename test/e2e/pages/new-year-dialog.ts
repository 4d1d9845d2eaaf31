import type { Locator, Page } from '@playwright/test';

/** 工作日历 → 新增年份: the year, the pasted notice or the Monday-to-Friday start, the calendar to check, 保存. */
export class NewYearDialog {
  readonly open: Locator;
  readonly year: Locator;
  readonly text: Locator;
  readonly parse: Locator;
  readonly manual: Locator;
  readonly counts: Locator;
  readonly list: Locator;
  readonly grid: Locator;
  readonly error: Locator;
  readonly save: Locator;
  readonly replace: Locator;

  constructor(readonly page: Page) {
    this.open = page.getByTestId('calendar-new-year');
    this.year = page.getByTestId('new-year-year');
    this.text = page.getByTestId('new-year-text');
    this.parse = page.getByTestId('new-year-parse');
    this.manual = page.getByTestId('new-year-manual');
    this.counts = page.getByTestId('new-year-counts');
    this.list = page.getByTestId('new-year-list');
    this.grid = page.getByTestId('new-year-grid');
    this.error = page.getByTestId('new-year-error');
    this.save = page.getByTestId('new-year-save');
    this.replace = page.getByTestId('new-year-replace');
  }

  day(date: string): Locator {
    return this.page.getByTestId(`grid-day-${date}`);
  }

  async chooseWay(way: '粘贴国务院办公厅通知' | '从周一至周五开始，手工标注'): Promise<void> {
    await this.page.getByTestId('new-year-way').getByText(way, { exact: true }).click();
  }

  async pasteNotice(text: string): Promise<void> {
    await this.text.fill(text);
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/calendar.parseNotice'));
    await this.parse.click();
    await answered;
  }

  /** 保存, waiting for the core's answer. */
  async saveYear(): Promise<void> {
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/api/calendar.saveYear'));
    await this.save.click();
    await saved;
  }

  /** Whether the year's calendar fits the dialog without sideways scrolling. */
  async gridFits(): Promise<boolean> {
    return this.grid.evaluate((grid) => grid.scrollWidth <= grid.clientWidth);
  }
}
