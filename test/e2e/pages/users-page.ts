import type { Locator, Page } from '@playwright/test';
import { chooseOption } from './antd';

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

  /** The cells of an account's row holding exactly this text. */
  cells(username: string, text: string): Locator {
    return this.row(username).getByRole('cell', { name: text, exact: true });
  }

  /** The offer's first choice: link the new account to the officer found. */
  officerOfferChoice(): Locator {
    return this.officerOffer.getByRole('radio').first();
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
    await chooseOption(this.role, user.role, { search: user.role, exact: true });
    await chooseOption(this.department, user.department, { search: user.department, exact: true });
    await this.password.fill(user.password);
    await user.beforeSaving?.();
    await this.save.click();
  }

  /** 关联执法人员 on an account's row: the officer picked by any part of the option (e.g. the certificate number). */
  async linkOfficer(username: string, officer: string): Promise<void> {
    await this.page.getByTestId(`user-link-${username}`).click();
    await chooseOption(this.page.getByTestId('link-inspector-select'), officer);
    await this.page.getByTestId('link-inspector-save').click();
  }
}
