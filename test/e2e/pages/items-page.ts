import type { Locator, Page } from '@playwright/test';
import { chooseOption, tableRow } from './antd';

/** 随机抽查事项清单: the list, the 新增/修订 dialog, an item's versions, the joint items and the import wizard. */
export class ItemsPage {
  readonly table: Locator;
  readonly add: Locator;
  readonly code: Locator;
  readonly department: Locator;
  readonly name: Locator;
  readonly basis: Locator;
  readonly ratio: Locator;
  readonly frequency: Locator;
  readonly scopeIndustry: Locator;
  readonly effectiveFrom: Locator;
  readonly reason: Locator;
  readonly save: Locator;
  readonly history: Locator;
  readonly jointItems: Locator;
  readonly importCounts: Locator;
  readonly importDone: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('items-table');
    this.add = page.getByTestId('item-add');
    this.code = page.getByTestId('item-form-code');
    this.department = page.getByTestId('item-form-department');
    this.name = page.getByTestId('item-form-name');
    this.basis = page.getByTestId('item-form-basis');
    this.ratio = page.getByTestId('item-form-ratio');
    this.frequency = page.getByTestId('item-form-frequency');
    this.scopeIndustry = page.getByTestId('item-form-scope-industry');
    this.effectiveFrom = page.getByTestId('item-form-effective-from');
    this.reason = page.getByTestId('item-form-reason');
    this.save = page.getByTestId('item-form-save');
    this.history = page.getByTestId('item-history');
    this.jointItems = page.getByTestId('joint-items');
    this.importCounts = page.getByTestId('import-counts');
    this.importDone = page.getByTestId('import-done');
  }

  row(text: string | RegExp): Locator {
    return tableRow(this.table, text);
  }

  /** A row by its accessible name (the text of its cells). */
  namedRow(name: RegExp): Locator {
    return this.table.getByRole('row', { name });
  }

  category(label: '一般' | '重点'): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  /** Opens 新增抽查事项 and types an item of 县市场监督管理局, as a clerk does; the caller chooses the rest. */
  async startNew(code: string, name: string, basis: string): Promise<void> {
    await this.add.click();
    await this.code.fill(code);
    await chooseOption(this.department, '县市场监督管理局', { search: '县市场监督管理局', exact: true });
    await this.name.fill(name);
    await this.basis.fill(basis);
  }

  /** 修订 on the (only) item: its dialog opens filled from the core. */
  async startRevision(): Promise<void> {
    await this.table.getByRole('button', { name: '修订' }).click();
  }

  async showVersions(): Promise<void> {
    await this.table.getByRole('button', { name: '版本' }).click();
  }

  async showJointItems(): Promise<void> {
    await this.page.getByRole('button', { name: '联合抽查事项' }).click();
  }

  /** 导入… then the file chosen: the wizard previews it. */
  async importFile(file: string): Promise<void> {
    await this.page.getByRole('button', { name: '导入…' }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('import-choose').click();
    await (await chooser).setFiles(file);
  }

  async commitImport(): Promise<void> {
    await this.page.getByTestId('import-commit').click();
  }
}
