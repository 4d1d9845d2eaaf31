import type { Locator, Page } from '@playwright/test';
import { dialogButton, fillDate } from './antd';

/** 工作日历: covered years, one year's days, setting a day, importing a file, and the working-day tool. */
export class CalendarPage {
  readonly years: Locator;
  readonly days: Locator;
  readonly setDate: Locator;
  readonly setKind: Locator;
  readonly setName: Locator;
  readonly setSubmit: Locator;
  readonly setConfirm: Locator;
  readonly setOutcome: Locator;
  readonly importButton: Locator;
  readonly importConfirm: Locator;
  readonly importDone: Locator;
  readonly toolDate: Locator;
  readonly toolDays: Locator;
  readonly toolAdd: Locator;
  readonly toolIsWorkday: Locator;
  readonly toolAnswer: Locator;
  /** The sources of the covered years, stated once under their table. */
  readonly sources: Locator;

  constructor(readonly page: Page) {
    this.years = page.getByTestId('calendar-years');
    this.days = page.getByTestId('calendar-days');
    this.setDate = page.getByTestId('calendar-set-date');
    this.setKind = page.getByTestId('calendar-set-kind');
    this.setName = page.getByTestId('calendar-set-name');
    this.setSubmit = page.getByTestId('calendar-set-submit');
    this.setConfirm = page.getByTestId('calendar-set-confirm');
    this.setOutcome = page.getByTestId('calendar-set-outcome');
    this.importButton = page.getByTestId('calendar-import');
    this.importConfirm = page.getByTestId('calendar-import-confirm');
    this.importDone = page.getByTestId('calendar-import-done');
    this.toolDate = page.getByTestId('tool-date');
    this.toolDays = page.getByTestId('tool-days');
    this.toolAdd = page.getByTestId('tool-add');
    this.toolIsWorkday = page.getByTestId('tool-is-workday');
    this.toolAnswer = page.getByTestId('tool-answer');
    this.sources = page.getByTestId('calendar-sources');
  }

  async setDay(date: string, kind: '放假' | '调休上班' | '恢复正常', name: string): Promise<void> {
    await fillDate(this.setDate, date);
    await this.setKind.getByText(kind, { exact: true }).click();
    await this.setName.fill(name);
    await this.setSubmit.click();
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/calendar.setDay'));
    await this.setConfirm.click();
    await answered;
  }

  yearRow(year: string): Locator {
    return this.years.locator('tr', { hasText: year });
  }

  dayRow(date: string): Locator {
    return this.days.locator('tr', { hasText: date });
  }

  /** 知道了 on the import's outcome. */
  async closeImportOutcome(): Promise<void> {
    await dialogButton(this.page, '知道了').click();
  }

  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(path);
    await this.importConfirm.click();
  }

  async countWorkdays(date: string, days: number): Promise<void> {
    await fillDate(this.toolDate, date);
    await this.toolDays.fill(String(days));
    await this.toolAdd.click();
  }
}
