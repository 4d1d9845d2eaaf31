import type { Locator, Page } from '@playwright/test';

/** 待办/超期 and the header's badge. */
export class TodoPage {
  readonly badge: Locator;
  readonly counts: Locator;
  readonly warning: Locator;
  readonly overdue: Locator;
  readonly dueSoon: Locator;
  readonly byDepartment: Locator;
  readonly byInspector: Locator;
  readonly lateTasks: Locator;
  readonly keyShare: Locator;

  constructor(readonly page: Page) {
    this.badge = page.getByTestId('todo-badge');
    this.counts = page.getByTestId('todo-counts');
    this.warning = page.getByTestId('todo-warning');
    this.overdue = page.getByTestId('todo-list-overdue');
    this.dueSoon = page.getByTestId('todo-list-dueSoon');
    this.byDepartment = page.getByTestId('todo-by-department');
    this.byInspector = page.getByTestId('todo-by-inspector');
    this.lateTasks = page.getByTestId('todo-late-tasks');
    this.keyShare = page.getByTestId('todo-key-share');
  }

  /** The link from an overdue result to its task's results. */
  overdueTaskLink(task: string): Locator {
    return this.overdue.getByRole('link', { name: task });
  }
}
