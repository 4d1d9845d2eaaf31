import type { Locator, Page } from '@playwright/test';

/**
 * The antd widgets every screen shares, worked the way a user works them. antd draws its own dropdowns, pickers,
 * dialogs and messages outside the element a test names, so finding them is done here once, not in each page model.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The open dropdown of a Select: the one holding the listbox its search box controls (`aria-controls`), so a second
 * dropdown still fading out, or one of another select left in the page, is never picked by mistake.
 */
async function dropdownOf(select: Locator): Promise<Locator> {
  const page = select.page();
  const input = select.locator('input[aria-controls]').first();
  const listId = (await input.count()) ? await input.getAttribute('aria-controls') : null;
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  return listId ? open.filter({ has: page.locator(`[id="${listId}"]`) }) : open.last();
}

/** The options of a Select's open dropdown (call after opening it, e.g. by `searchOptions`). */
export async function optionsOf(select: Locator): Promise<Locator> {
  return (await dropdownOf(select)).locator('.ant-select-item-option');
}

/**
 * Opens a Select and, when `search` is given, types it as a user narrows a long (virtual) list; returns the options
 * then shown.
 */
export async function searchOptions(select: Locator, search?: string): Promise<Locator> {
  await select.click();
  if (search) await select.page().keyboard.type(search);
  return optionsOf(select);
}

/**
 * The one way to pick an antd Select's option: opens it, types `search` if given, and clicks the first option whose
 * text contains `option` (the whole text when `exact`), or the first option when no `option` is named. A multiple
 * select stays open afterwards, as it does for a user.
 */
export async function chooseOption(
  select: Locator,
  option?: string | RegExp,
  how: { search?: string; exact?: boolean } = {},
): Promise<void> {
  const options = await searchOptions(select, how.search);
  const text = typeof option === 'string' && how.exact ? new RegExp(`^${escapeRegExp(option)}$`) : option;
  await (text === undefined ? options : options.filter({ hasText: text })).first().click();
}

/** Every Select option in the page whose text matches, in an open list or a closed one left in the page. */
export function anyOption(page: Page, text: RegExp): Locator {
  return page.locator('.ant-select-item-option', { hasText: text });
}

/** Types a date (or a month) into an antd DatePicker; Tab leaves the field and commits it without submitting. */
export async function fillDate(picker: Locator, value: string, commit: 'Tab' | 'Enter' = 'Tab'): Promise<void> {
  await picker.click();
  await picker.fill(value);
  await picker.press(commit);
}

/**
 * A button of the dialog or pop-up confirmation now shown (Modal, Modal.confirm, Popconfirm), by its label; antd
 * spaces two-character labels ("确 定"). Hidden ones never match, so only what the user sees is clicked.
 */
export function dialogButton(page: Page, label: string | RegExp): Locator {
  const name = typeof label === 'string' && label.length === 2 ? new RegExp(`^${label[0]}\\s?${label[1]}$`) : label;
  return page.locator('.ant-modal-wrap, .ant-popover').getByRole('button', { name });
}

/** The OK button of the dialog on top, in either language antd may use for it. */
export function dialogOk(page: Page): Locator {
  return dialogButton(page, /^(OK|确\s?定)$/);
}

/** The title of a Modal.confirm or Modal.info box. */
export function confirmTitle(page: Page): Locator {
  return page.locator('.ant-modal-confirm-title');
}

/** A Modal.confirm box asking this question. */
export function confirmBox(page: Page, question: string): Locator {
  return page.locator('.ant-modal-confirm').filter({ hasText: question });
}

/** The × of the dialog holding `inside`. */
export function dialogClose(page: Page, inside: Locator): Locator {
  return page.locator('.ant-modal').filter({ has: inside }).locator('.ant-modal-close');
}

/** The dialog on top. */
export function topDialog(page: Page): Locator {
  return page.locator('.ant-modal:visible').last();
}

/** A message (toast) shown at the top of the window. */
export function toast(page: Page, text: string): Locator {
  return page.locator('.ant-message').getByText(text);
}

/** A field's check message shown under it. */
export function fieldError(scope: Page | Locator, text: string): Locator {
  return scope.locator('.ant-form-item-explain-error').filter({ hasText: text });
}

/** A tab of a Tabs bar, by its label. */
export function tab(page: Page, label: string | RegExp): Locator {
  return page.getByRole('tab', { name: label });
}

/** The data rows of an antd Table (not its header nor the placeholder row shown when empty). */
export function tableRows(table: Locator): Locator {
  return table.locator('tbody tr.ant-table-row');
}

/** The data row of a table that contains `text`. */
export function tableRow(table: Locator, text: string | RegExp): Locator {
  return table.locator('tr').filter({ hasText: text });
}

/** The header cell of a column, by its title. */
export function columnHeader(table: Locator, title: string): Locator {
  return table.locator('thead th', { hasText: title }).first();
}

/** The part of a table that scrolls sideways when its columns do not fit. */
export function tableScroller(table: Locator): Locator {
  return table.locator('.ant-table-content');
}

/** The labels of a form's fields, in order. */
export function fieldLabels(form: Locator): Locator {
  return form.locator('.ant-form-item-label');
}

/** Whether an option of a Select is offered but cannot be chosen. */
export const optionDisabled = (option: Locator): Promise<boolean> =>
  option.evaluate((el) => el.classList.contains('ant-select-item-option-disabled'));
