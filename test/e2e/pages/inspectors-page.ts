import type { Locator, Page } from '@playwright/test';

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
  }

  row(name: string): Locator {
    return this.table.locator('tbody tr').filter({ hasText: name });
  }

  async create(values: { name: string; department: string; cert: string; validTo: string }): Promise<void> {
    await this.add.click();
    await this.name.fill(values.name);
    await this.department.click();
    await this.page.keyboard.type(values.department);
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(values.department, { exact: true }).click();
    await this.cert.fill(values.cert);
    await this.validTo.fill(values.validTo);
    await this.save.click();
  }
}
