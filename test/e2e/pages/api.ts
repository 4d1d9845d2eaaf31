import type { Page } from '@playwright/test';
import { unwrapResult, type Call } from '../../../electron/core/call.shared';
import type { Result } from '../../../electron/core/errors';
import { expect } from '../fixtures';

/**
 * A method called through the HTTP door with the page's session, as the screens call it: the method, its input and its
 * output typed by the contract (core/call.shared.ts's `Call`, as every caller); refusals fail the test.
 */
export type Api = Call;

export function apiOf(page: Page, url: string): Api {
  return async (method, data) => {
    const answer = (await (await page.request.post(`${url}/api/${method}`, { data })).json()) as Result<unknown>;
    expect(answer.ok, `${method}: ${answer.ok ? '' : answer.error.message}`).toBe(true);
    return unwrapResult(method, answer);
  };
}
