import type { Locator, Page } from '@playwright/test';

/** 检查码核验: one field, one button, one verdict. */
export class CodeVerifyPage {
  readonly input: Locator;
  readonly verify: Locator;
  readonly verdict: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('code-input');
    this.verify = page.getByTestId('code-verify');
    this.verdict = page.getByTestId('code-verdict');
  }

  /** Types (or "scans") the text and presses Enter, as a hand scanner does. */
  async check(text: string): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/codes.verify'));
    await this.input.fill(text);
    await this.input.press('Enter');
    await answered;
  }

  /** Types the text and clicks 核验. */
  async checkWithButton(text: string): Promise<void> {
    await this.input.fill(text);
    await this.verify.click();
  }
}
