import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** A method called through the HTTP door with the page's session, as the screens call it; refusals fail the test. */
export type Api = <T = { id: number }>(method: string, data: object) => Promise<T>;

export function apiOf(page: Page, url: string): Api {
  return async <T>(method: string, data: object) => {
    const answer = (await (await page.request.post(`${url}/api/${method}`, { data })).json()) as {
      ok: boolean;
      value: T;
      error?: { message: string };
    };
    expect(answer.ok, `${method}: ${answer.error?.message}`).toBe(true);
    return answer.value;
  };
}
