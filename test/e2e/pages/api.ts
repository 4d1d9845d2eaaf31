import type { Page } from '@playwright/test';
import { unwrapResult } from '../../../electron/core/call.shared';
import type { MethodName, MethodOutput } from '../../../electron/core/contract';
import type { Result } from '../../../electron/core/errors';
import { expect } from '../fixtures';

/**
 * A method called through the HTTP door with the page's session, as the screens call it, its output typed by the
 * contract (core/call.shared.ts); refusals fail the test.
 */
export type Api = <M extends MethodName>(method: M, data: object) => Promise<MethodOutput<M>>;

export function apiOf(page: Page, url: string): Api {
  return async (method, data) => {
    const answer = (await (await page.request.post(`${url}/api/${method}`, { data })).json()) as Result<unknown>;
    expect(answer.ok, `${method}: ${answer.ok ? '' : answer.error.message}`).toBe(true);
    return unwrapResult(method, answer);
  };
}
