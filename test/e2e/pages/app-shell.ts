import type { Locator, Page } from '@playwright/test';

export class AppShell {
  readonly menu: Locator;
  readonly pageTitle: Locator;
  readonly officeName: Locator;
  readonly userMenu: Locator;
  readonly logoutItem: Locator;

  constructor(readonly page: Page) {
    this.menu = page.getByTestId('main-menu');
    this.pageTitle = page.getByTestId('page-title');
    this.officeName = page.getByTestId('office-name');
    this.userMenu = page.getByTestId('user-menu');
    this.logoutItem = page.getByTestId('logout');
  }

  menuItem(label: string): Locator {
    return this.menu.getByText(label, { exact: true });
  }

  /** Clicks a menu entry; on a small screen the folded menu is unfolded first, as a user would with its arrow. */
  async open(label: string): Promise<void> {
    const folded = this.page.locator('.ant-layout-sider-collapsed');
    if (await folded.count()) await folded.locator('.ant-layout-sider-trigger').click();
    await this.menuItem(label).click();
  }

  async logout(): Promise<void> {
    await this.userMenu.click();
    await this.logoutItem.click();
  }
}
