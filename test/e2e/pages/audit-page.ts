import type { Locator, Page } from '@playwright/test';

export class AuditPage {
  readonly table: Locator;
  readonly verify: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('audit-table');
    this.verify = page.getByTestId('audit-verify');
  }

  rowsWith(text: string): Locator {
    return this.table.locator('tbody tr').filter({ hasText: text });
  }
}
