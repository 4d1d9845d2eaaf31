import type { Locator, Page } from '@playwright/test';

/** Types a date into an antd DatePicker; leaving the field commits it (Enter would also submit the form). */
async function typeDate(picker: Locator, date: string): Promise<void> {
  await picker.click();
  await picker.fill(date);
  await picker.press('Tab');
}

/** 工作日历: covered years, one year's days, setting a day, importing a file, and the working-day tool. */
export class CalendarPage {
  readonly years: Locator;
  readonly days: Locator;
  readonly setDate: Locator;
  readonly setKind: Locator;
  readonly setName: Locator;
  readonly setSubmit: Locator;
  readonly setConfirm: Locator;
  readonly setOutcome: Locator;
  readonly importButton: Locator;
  readonly importConfirm: Locator;
  readonly importDone: Locator;
  readonly toolDate: Locator;
  readonly toolDays: Locator;
  readonly toolAdd: Locator;
  readonly toolIsWorkday: Locator;
  readonly toolAnswer: Locator;

  constructor(readonly page: Page) {
    this.years = page.getByTestId('calendar-years');
    this.days = page.getByTestId('calendar-days');
    this.setDate = page.getByTestId('calendar-set-date');
    this.setKind = page.getByTestId('calendar-set-kind');
    this.setName = page.getByTestId('calendar-set-name');
    this.setSubmit = page.getByTestId('calendar-set-submit');
    this.setConfirm = page.getByTestId('calendar-set-confirm');
    this.setOutcome = page.getByTestId('calendar-set-outcome');
    this.importButton = page.getByTestId('calendar-import');
    this.importConfirm = page.getByTestId('calendar-import-confirm');
    this.importDone = page.getByTestId('calendar-import-done');
    this.toolDate = page.getByTestId('tool-date');
    this.toolDays = page.getByTestId('tool-days');
    this.toolAdd = page.getByTestId('tool-add');
    this.toolIsWorkday = page.getByTestId('tool-is-workday');
    this.toolAnswer = page.getByTestId('tool-answer');
  }

  async setDay(date: string, kind: '放假' | '调休上班' | '恢复正常', name: string): Promise<void> {
    await typeDate(this.setDate, date);
    await this.setKind.getByText(kind, { exact: true }).click();
    await this.setName.fill(name);
    await this.setSubmit.click();
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/calendar.setDay'));
    await this.setConfirm.click();
    await answered;
  }

  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(path);
    await this.importConfirm.click();
  }

  async countWorkdays(date: string, days: number): Promise<void> {
    await typeDate(this.toolDate, date);
    await this.toolDays.fill(String(days));
    await this.toolAdd.click();
  }
}

/** 个案登记: the list with its filter, the 登记 dialog and the 办结 dialog. */
export class CasesPage {
  readonly add: Locator;
  readonly filter: Locator;
  readonly table: Locator;
  readonly subject: Locator;
  readonly department: Locator;
  readonly summary: Locator;
  readonly save: Locator;
  readonly outcome: Locator;
  readonly closeSave: Locator;

  constructor(readonly page: Page) {
    this.add = page.getByTestId('case-add');
    this.filter = page.getByTestId('case-filter');
    this.table = page.getByTestId('cases-table');
    this.subject = page.getByTestId('case-subject');
    this.department = page.getByTestId('case-department');
    this.summary = page.getByTestId('case-summary');
    this.save = page.getByTestId('case-form-save');
    this.outcome = page.getByTestId('case-outcome');
    this.closeSave = page.getByTestId('case-close-save');
  }

  rows(): Locator {
    return this.table.locator('tbody tr.ant-table-row');
  }

  /** Searches the directory in the subject field and picks the option whose text contains `name`. */
  async pickSubject(name: string): Promise<void> {
    await this.subject.click();
    await this.subject.pressSequentially(name);
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click();
  }

  async chooseSource(name: string): Promise<void> {
    await this.page.getByTestId('case-source').click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click();
  }

  async chooseDepartment(name: string): Promise<void> {
    await this.department.click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click();
  }

  async show(filter: '全部' | '办理中' | '已办结'): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/cases.list'));
    await this.filter.getByText(filter, { exact: true }).click();
    await answered;
  }
}

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

  constructor(readonly page: Page) {
    this.badge = page.getByTestId('todo-badge');
    this.counts = page.getByTestId('todo-counts');
    this.warning = page.getByTestId('todo-warning');
    this.overdue = page.getByTestId('todo-list-overdue');
    this.dueSoon = page.getByTestId('todo-list-dueSoon');
    this.byDepartment = page.getByTestId('todo-by-department');
    this.byInspector = page.getByTestId('todo-by-inspector');
    this.lateTasks = page.getByTestId('todo-late-tasks');
  }
}

/** 检查码核验: one field, one button, one verdict. */
export class CodeVerifyPage {
  readonly input: Locator;
  readonly verify: Locator;
  readonly verdict: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('code-input');
    this.verify = page.getByTestId('code-verify');
    this.verdict = page.getByTestId('code-verdict');
  }

  /** Types (or "scans") the text and presses Enter, as a hand scanner does. */
  async check(text: string): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/codes.verify'));
    await this.input.fill(text);
    await this.input.press('Enter');
    await answered;
  }
}
