import type { Locator, Page } from '@playwright/test';

/** 工作台: a new office's set-up checklist, each step with its state and a link to do it. */
export class HomePage {
  readonly checklist: Locator;

  constructor(readonly page: Page) {
    this.checklist = page.getByTestId('setup-checklist');
  }

  step(key: string): Locator {
    return this.page.getByTestId(`setup-step-${key}`);
  }

  /** 去完成 on a step: its page opens. */
  async followStep(key: string): Promise<void> {
    await this.step(key).getByRole('link', { name: '去完成' }).click();
  }
}
