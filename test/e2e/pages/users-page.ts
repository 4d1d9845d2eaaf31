import type { Locator, Page } from '@playwright/test';

export class UsersPage {
  readonly table: Locator;
  readonly add: Locator;
  readonly username: Locator;
  readonly displayName: Locator;
  readonly role: Locator;
  readonly department: Locator;
  readonly password: Locator;
  readonly save: Locator;
  /** The offer to link a new account to the officer of its name and department. */
  readonly officerOffer: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('users-table');
    this.add = page.getByTestId('user-add');
    this.username = page.getByTestId('user-form-username');
    this.displayName = page.getByTestId('user-form-display-name');
    this.role = page.getByTestId('user-form-role');
    this.department = page.getByTestId('user-form-department');
    this.password = page.getByTestId('user-form-password');
    this.save = page.getByTestId('user-form-save');
    this.officerOffer = page.getByTestId('user-form-officer');
  }

  row(username: string): Locator {
    return this.table.getByRole('row').filter({ hasText: username });
  }

  /** Picks an option of an antd Select; typing narrows searchable (virtual) lists to the option wanted. */
  private async choose(select: Locator, label: string): Promise<void> {
    await select.click();
    await this.page.keyboard.type(label);
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  }

  async create(user: {
    username: string;
    displayName: string;
    role: string;
    department: string;
    password: string;
    /** Checks on the filled dialog before it is saved. */
    beforeSaving?: () => Promise<void>;
  }) {
    await this.add.click();
    await this.username.fill(user.username);
    await this.displayName.fill(user.displayName);
    await this.choose(this.role, user.role);
    await this.choose(this.department, user.department);
    await this.password.fill(user.password);
    await user.beforeSaving?.();
    await this.save.click();
  }
}
