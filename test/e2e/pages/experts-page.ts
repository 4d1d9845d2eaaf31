import type { Locator, Page } from '@playwright/test';
import { chooseOption, tableRow } from './antd';

/** 专家库: experts kept apart from the officers, added, retired and shown again on request. */
export class ExpertsPage {
  readonly table: Locator;
  readonly add: Locator;
  readonly name: Locator;
  readonly organisation: Locator;
  readonly field: Locator;
  readonly save: Locator;
  readonly includeInactive: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('experts-table');
    this.add = page.getByTestId('expert-add');
    this.name = page.getByTestId('expert-name');
    this.organisation = page.getByTestId('expert-organisation');
    this.field = page.getByTestId('expert-field');
    this.save = page.getByTestId('expert-save');
    this.includeInactive = page.getByTestId('experts-include-inactive');
  }

  row(name: string): Locator {
    return tableRow(this.table, name);
  }

  async create(expert: { name: string; organisation: string; field: string }): Promise<void> {
    await this.add.click();
    await this.name.fill(expert.name);
    await this.organisation.fill(expert.organisation);
    await this.field.fill(expert.field);
    await this.save.click();
  }

  /** 停用 on an expert's row. */
  async retire(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: '停用' }).click();
  }

  async showInactiveToo(): Promise<void> {
    await chooseOption(this.includeInactive, '含已停用');
  }
}
