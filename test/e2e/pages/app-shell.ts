import type { Locator, Page } from '@playwright/test';
import { AuditPage } from './audit-page';
import { CalendarPage } from './calendar-page';
import { CasesPage } from './cases-page';
import { CodeVerifyPage } from './code-verify-page';
import { ExpertsPage } from './experts-page';
import { HomePage } from './home-page';
import { InspectorsPage } from './inspectors-page';
import { ItemsPage } from './items-page';
import { PlansPage } from './plan-pages';
import { MonthlyReportPage } from './reports-page';
import { CreditPage, FollowUpsPage, PublicationPage, ResultsEntryPage } from './results-pages';
import { SettingsPage } from './settings-page';
import { StatisticsPage } from './statistics-page';
import { SubjectsPage } from './subjects-page';
import { TaskPage, TasksPage } from './task-page';
import { TodoPage } from './todo-page';
import { UsersPage } from './users-page';

/** The frame around every screen: the side menu, the page title, the office's name and the user menu. */
export class AppShell {
  readonly menu: Locator;
  readonly pageTitle: Locator;
  readonly officeName: Locator;
  readonly userMenu: Locator;
  readonly logoutItem: Locator;
  /** The header's 待办 badge: how many results are overdue or due soon. */
  readonly todoBadge: Locator;
  readonly sider: Locator;

  constructor(readonly page: Page) {
    this.menu = page.getByTestId('main-menu');
    this.pageTitle = page.getByTestId('page-title');
    this.officeName = page.getByTestId('office-name');
    this.userMenu = page.getByTestId('user-menu');
    this.logoutItem = page.getByTestId('logout');
    this.todoBadge = page.getByTestId('todo-badge');
    this.sider = page.locator('.ant-layout-sider');
  }

  menuItem(label: string): Locator {
    return this.menu.getByText(label, { exact: true });
  }

  /** Every menu entry whose label contains the text (for checking what a role is not shown). */
  menuEntries(text: string): Locator {
    return this.menu.getByText(text);
  }

  /** Clicks a menu entry; on a small screen the folded menu is unfolded first, as a user would with its arrow. */
  async open(label: string): Promise<void> {
    await this.unfold();
    await this.menuItem(label).click();
  }

  /**
   * Opens a menu entry of a group, unfolding the group first when it is closed (its title says so in
   * aria-expanded; a click on an open group would close it).
   */
  async openIn(group: string, label: string): Promise<void> {
    await this.unfold();
    const title = this.menu.locator('.ant-menu-submenu-title', { hasText: group });
    if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
    await this.menuItem(label).click();
  }

  private async unfold(): Promise<void> {
    const folded = this.page.locator('.ant-layout-sider-collapsed');
    if (!(await folded.count())) return;
    await folded.locator('.ant-layout-sider-trigger').click();
    await folded.waitFor({ state: 'detached' });
  }

  /** Opens a screen by its address, as a bookmark or a typed address does. */
  async visit(url: string, route: string): Promise<void> {
    await this.page.goto(`${url}/#/${route}`);
  }

  async visitTask(url: string, taskId: number): Promise<TaskPage> {
    await this.visit(url, `tasks/${taskId}`);
    return new TaskPage(this.page);
  }

  async visitSubjects(url: string): Promise<SubjectsPage> {
    await this.visit(url, 'subjects');
    return new SubjectsPage(this.page);
  }

  async visitResultsEntry(url: string): Promise<ResultsEntryPage> {
    await this.visit(url, 'results');
    return new ResultsEntryPage(this.page);
  }

  async visitSettings(url: string): Promise<SettingsPage> {
    await this.visit(url, 'settings');
    return new SettingsPage(this.page);
  }

  /** The page shown in place of a screen the account may not use. */
  forbidden(): Locator {
    return this.page.getByText('无权访问');
  }

  // One way to each screen, through the menu as a user goes; each returns the screen's page model.
  async openHome(): Promise<HomePage> {
    await this.open('工作台');
    return new HomePage(this.page);
  }

  async openItems(): Promise<ItemsPage> {
    await this.openIn('一单两库', '抽查事项清单');
    return new ItemsPage(this.page);
  }

  async openSubjects(): Promise<SubjectsPage> {
    await this.openIn('一单两库', '检查对象名录库');
    return new SubjectsPage(this.page);
  }

  async openInspectors(): Promise<InspectorsPage> {
    await this.openIn('一单两库', '执法检查人员库');
    return new InspectorsPage(this.page);
  }

  async openExperts(): Promise<ExpertsPage> {
    await this.openIn('一单两库', '专家库');
    return new ExpertsPage(this.page);
  }

  async openPlans(): Promise<PlansPage> {
    await this.openIn('双随机抽查', '年度抽查计划');
    return new PlansPage(this.page);
  }

  async openTasks(): Promise<TasksPage> {
    await this.openIn('双随机抽查', '抽查任务');
    return new TasksPage(this.page);
  }

  async openResultsEntry(): Promise<ResultsEntryPage> {
    await this.openIn('结果与公示', '结果录入');
    return new ResultsEntryPage(this.page);
  }

  async openPublication(): Promise<PublicationPage> {
    await this.openIn('结果与公示', '审核与公示');
    return new PublicationPage(this.page);
  }

  async openFollowUps(): Promise<FollowUpsPage> {
    await this.openIn('结果与公示', '后续处置');
    return new FollowUpsPage(this.page);
  }

  async openCredit(): Promise<CreditPage> {
    await this.openIn('结果与公示', '信用风险分类调整');
    return new CreditPage(this.page);
  }

  async openCodeVerify(): Promise<CodeVerifyPage> {
    await this.openIn('结果与公示', '检查码核验');
    return new CodeVerifyPage(this.page);
  }

  async openCases(): Promise<CasesPage> {
    await this.openIn('结果与公示', '个案登记');
    return new CasesPage(this.page);
  }

  async openMonthlyReport(): Promise<MonthlyReportPage> {
    await this.openIn('报表统计', '月报表');
    return new MonthlyReportPage(this.page);
  }

  async openStatistics(): Promise<StatisticsPage> {
    await this.openIn('报表统计', '统计分析');
    return new StatisticsPage(this.page);
  }

  async openUsers(): Promise<UsersPage> {
    await this.openIn('系统管理', '用户管理');
    return new UsersPage(this.page);
  }

  async openSettings(): Promise<SettingsPage> {
    await this.openIn('系统管理', '系统设置');
    return new SettingsPage(this.page);
  }

  async openCalendar(): Promise<CalendarPage> {
    await this.openIn('系统管理', '工作日历');
    return new CalendarPage(this.page);
  }

  async openAudit(): Promise<AuditPage> {
    await this.openIn('系统管理', '审计日志');
    return new AuditPage(this.page);
  }

  /** The 待办 badge in the header leads to 待办/超期. */
  async openTodoFromBadge(): Promise<TodoPage> {
    await this.todoBadge.click();
    return new TodoPage(this.page);
  }

  async logout(): Promise<void> {
    await this.userMenu.click();
    await this.logoutItem.click();
  }
}
