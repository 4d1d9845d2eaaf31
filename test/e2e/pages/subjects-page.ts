import type { Locator, Page } from '@playwright/test';
import { chooseOption, columnHeader, tableRows, tableScroller, toast } from './antd';

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
  readonly filterIndustry: Locator;
  readonly librarySelect: Locator;

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
    this.filterIndustry = page.getByTestId('subject-filter-industry');
    this.librarySelect = page.getByTestId('library-select');
  }

  rows(): Locator {
    return tableRows(this.table);
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

  /** The rows of the import's error list. */
  errorRows(): Locator {
    return this.errors.locator('tbody tr');
  }

  columnHeader(title: string): Locator {
    return columnHeader(this.table, title);
  }

  /** The part of the table that scrolls sideways when its columns do not fit. */
  scroller(): Locator {
    return tableScroller(this.table);
  }

  async filterByIndustry(code: string): Promise<void> {
    await this.filterIndustry.fill(code);
    await this.filterIndustry.press('Enter');
  }

  /** 保存为子库: the filter shown, under a name, shared or not; returns the message that confirms it. */
  async saveLibrary(name: string, shared: boolean): Promise<Locator> {
    await this.page.getByTestId('library-save').click();
    await this.page.getByTestId('library-name').fill(name);
    if (shared) await this.page.getByTestId('library-shared').check();
    await this.page.getByTestId('library-save-confirm').click();
    return toast(this.page, '已保存为子库');
  }

  /** Picks a saved sub-library by its label in the list (e.g. 【共同监管】名称). */
  async chooseLibrary(label: string): Promise<void> {
    await chooseOption(this.librarySelect, label);
  }

  /** 修改后重新选择文件: the button the wizard shows once a file has errors. */
  chooseAgainButton(): Locator {
    return this.page.getByRole('button', { name: '修改后重新选择文件' });
  }

  async finishImport(): Promise<void> {
    await this.page.getByTestId('import-finish').click();
  }

  /** In the open drawer: 编辑, a field changed, 保存; returns the message that confirms it. */
  async editField(field: string, value: string): Promise<Locator> {
    await this.editButton.click();
    await this.page.getByTestId(`subject-form-${field}`).fill(value);
    await this.formSave.click();
    return toast(this.page, '检查对象已保存');
  }
}
