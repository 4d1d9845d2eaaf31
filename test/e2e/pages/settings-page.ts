import type { Locator, Page } from '@playwright/test';
import { toast } from './antd';

/** 系统设置: the office's name and time zone, the result rules and the lists of categories and measures. */
export class SettingsPage {
  readonly officeName: Locator;
  readonly officeSave: Locator;
  readonly timeZone: Locator;
  readonly timeZoneSave: Locator;
  readonly publishWithin: Locator;
  readonly rulesSave: Locator;
  /** How many pending deadlines a change of the rules moved. */
  readonly rulesMoved: Locator;
  readonly resultCategories: Locator;

  constructor(readonly page: Page) {
    this.officeName = page.getByTestId('office-name-input');
    this.officeSave = page.getByTestId('office-save');
    this.timeZone = page.getByTestId('office-time-zone').locator('input');
    this.timeZoneSave = page.getByTestId('office-time-zone-save');
    this.publishWithin = page.getByTestId('rules-publish-within');
    this.rulesSave = page.getByTestId('rules-save');
    this.rulesMoved = page.getByTestId('rules-moved');
    this.resultCategories = page.getByTestId('result-categories');
  }

  /** The line telling which day it is for the office, and in which zone. */
  officeToday(date: string, zone: string): Locator {
    return this.page.getByText(`单位今天是 ${date}（${zone}）`);
  }

  /** The row of the settings' change list for a setting's key. */
  changeRow(key: string): Locator {
    return this.page.getByRole('row').filter({ hasText: key });
  }

  async setPublishWithin(days: number): Promise<void> {
    await this.publishWithin.fill(String(days));
    await this.rulesSave.click();
  }

  /** 保存 of the office's details; returns the message that confirms it. */
  async saveOffice(): Promise<Locator> {
    await this.officeSave.click();
    return toast(this.page, '单位信息已保存');
  }

  /** The office's time zone typed and saved; returns the message that confirms it. */
  async setTimeZone(zone: string): Promise<Locator> {
    await this.timeZone.fill(zone);
    await this.timeZoneSave.click();
    return toast(this.page, '单位所在时区已保存');
  }
}
