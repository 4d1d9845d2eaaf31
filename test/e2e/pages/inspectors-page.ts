import type { Locator, Page } from '@playwright/test';
import { chooseOption, tableRows } from './antd';

export class InspectorsPage {
  readonly table: Locator;
  readonly add: Locator;
  readonly name: Locator;
  readonly department: Locator;
  readonly cert: Locator;
  readonly validTo: Locator;
  readonly save: Locator;
  readonly drawer: Locator;
  readonly recusals: Locator;
  readonly recusalUscc: Locator;
  readonly recusalReason: Locator;
  readonly recusalSubmit: Locator;
  readonly recusalForm: Locator;
  /** The list's note on where recusals are recorded. */
  readonly recusalNote: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('inspectors-table');
    this.add = page.getByTestId('inspector-add');
    this.name = page.getByTestId('inspector-form-name');
    this.department = page.getByTestId('inspector-form-department');
    this.cert = page.getByTestId('inspector-form-cert');
    this.validTo = page.getByTestId('inspector-form-valid-to');
    this.save = page.getByTestId('inspector-form-save');
    this.drawer = page.locator('.ant-drawer-content');
    this.recusals = page.getByTestId('recusals-table');
    this.recusalUscc = page.getByTestId('recusal-uscc');
    this.recusalReason = page.getByTestId('recusal-reason');
    this.recusalSubmit = page.getByTestId('recusal-submit');
    this.recusalForm = page.getByTestId('recusal-form');
    this.recusalNote = page.getByTestId('inspectors-recusal-note');
  }

  row(name: string): Locator {
    return this.table.locator('tbody tr').filter({ hasText: name });
  }

  async create(values: { name: string; department: string; cert: string; validTo: string }): Promise<void> {
    await this.add.click();
    await this.name.fill(values.name);
    await chooseOption(this.department, values.department, { search: values.department, exact: true });
    await this.cert.fill(values.cert);
    await this.validTo.fill(values.validTo);
    await this.save.click();
  }

  /** Opens the person's details (a click on the row), where recusals are recorded. */
  async openDetails(name: string): Promise<void> {
    await this.row(name).click();
  }

  /** In the open details: a subject, by its code, that the person must not inspect, and why. */
  async addRecusal(uscc: string, reason: string): Promise<void> {
    await this.recusalUscc.fill(uscc);
    await this.recusalReason.fill(reason);
    await this.recusalSubmit.click();
  }

  /**
   * In the open details: a region the person must not inspect — `level` is the radio's label (区县、乡镇街道、村社区
   * by code, or 乡镇街道名称) — with the form's own reading of it shown before saving.
   */
  async addRegionRecusal(level: string, region: string, reason: string): Promise<void> {
    await this.recusalForm.getByText('区域', { exact: true }).click();
    await this.recusalForm.getByTestId('recusal-region-form').getByText(level).click();
    await this.page.getByTestId('recusal-region').fill(region);
    await this.recusalReason.fill(reason);
  }

  recusalRows(): Locator {
    return tableRows(this.recusals);
  }
}
