import type { Locator, Page } from '@playwright/test';
import { confirmTitle } from './antd';

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

  /** 校验 the chain; returns the title of the box that gives the verdict. */
  async verifyChain(): Promise<Locator> {
    await this.verify.click();
    return confirmTitle(this.page);
  }
}
