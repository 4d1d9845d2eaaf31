import type { Locator, Page } from '@playwright/test';
import { AppShell } from './app-shell';

export class SetupPage {
  readonly office: Locator;
  readonly region: Locator;
  readonly username: Locator;
  readonly displayName: Locator;
  readonly password: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.office = page.getByTestId('setup-office');
    this.region = page.getByTestId('setup-region');
    this.username = page.getByTestId('setup-username');
    this.displayName = page.getByTestId('setup-display-name');
    this.password = page.getByTestId('setup-password');
    this.confirm = page.getByTestId('setup-confirm');
    this.submit = page.getByTestId('setup-submit');
  }

  async complete(values: { office: string; username: string; displayName: string; password: string }): Promise<void> {
    await this.office.fill(values.office);
    await this.region.fill('150222');
    await this.username.fill(values.username);
    await this.displayName.fill(values.displayName);
    await this.password.fill(values.password);
    await this.confirm.fill(values.password);
    await this.submit.click();
  }
}

export class LoginPage {
  readonly form: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('login-form');
    this.username = page.getByTestId('login-username');
    this.password = page.getByTestId('login-password');
    this.submit = page.getByTestId('login-submit');
    this.error = page.getByTestId('login-error');
  }

  /** Submits and waits for the core's answer, so consecutive attempts never overlap. */
  async login(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/auth.login'));
    await this.submit.click();
    await answered;
  }
}

export class ChangePasswordPage {
  readonly form: Locator;
  readonly oldPassword: Locator;
  readonly newPassword: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('change-password-form');
    this.oldPassword = page.getByTestId('old-password');
    this.newPassword = page.getByTestId('new-password');
    this.confirm = page.getByTestId('confirm-password');
    this.submit = page.getByTestId('change-password-submit');
  }

  async change(oldPassword: string, newPassword: string): Promise<void> {
    await this.oldPassword.fill(oldPassword);
    await this.newPassword.fill(newPassword);
    await this.confirm.fill(newPassword);
    await this.submit.click();
  }
}

export const ADMIN = {
  office: '固阳县市场监督管理局',
  username: 'admin',
  displayName: '王管理',
  password: 'Admin12345',
};

/** A fresh system, set up by its first administrator, who lands on the workbench. */
export async function setUpAsAdmin(page: Page, url: string): Promise<AppShell> {
  await page.goto(url);
  await new SetupPage(page).complete(ADMIN);
  const shell = new AppShell(page);
  await shell.pageTitle.waitFor();
  return shell;
}
