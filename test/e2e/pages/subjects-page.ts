import type { Locator, Page } from '@playwright/test';

export class SubjectsPage {
  readonly table: Locator;
  readonly search: Locator;
  readonly importButton: Locator;
  readonly chooseFile: Locator;
  readonly counts: Locator;
  readonly errors: Locator;
  readonly commit: Locator;
  readonly done: Locator;
  readonly drawer: Locator;
  readonly history: Locator;
  readonly editButton: Locator;
  readonly formSave: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('subjects-table');
    this.search = page.getByTestId('subject-search');
    this.importButton = page.getByTestId('subject-import');
    this.chooseFile = page.getByTestId('import-choose');
    this.counts = page.getByTestId('import-counts');
    this.errors = page.getByTestId('import-errors');
    this.commit = page.getByTestId('import-commit');
    this.done = page.getByTestId('import-done');
    this.drawer = page.locator('.ant-drawer-content');
    this.history = page.getByTestId('subject-history');
    this.editButton = page.getByTestId('subject-edit');
    this.formSave = page.getByTestId('subject-form-save');
  }

  rows(): Locator {
    return this.table.locator('tbody tr.ant-table-row');
  }

  /** Picks a file in the wizard: the browser mode's file chooser stands in for the system dialog. */
  async importFile(path: string, trigger: Locator = this.chooseFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    const previewed = this.page.waitForResponse((r) => r.url().endsWith('/api/subjects.importPreview'));
    await trigger.click();
    await (await chooser).setFiles(path);
    await previewed;
  }

  async searchFor(text: string): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/subjects.list'));
    await this.search.fill(text);
    await this.search.press('Enter');
    await answered;
  }
}
