import { afterEach, beforeEach } from 'vitest';
import { expectOk, openTestCore, setUpOffice, withToken, type TestCore, type OkCall } from './core';

/**
 * Gives each test of the file a fresh core on a temporary database, with the office set up and its administrator
 * logged in; `ok` calls a method as that administrator and fails the test on a refusal.
 */
export function officeForEachTest() {
  let core: TestCore | null = null;
  let token = '';
  beforeEach(async () => {
    core = openTestCore();
    token = await setUpOffice(core.core);
  });
  afterEach(() => core?.cleanup());
  const ok: OkCall = (method, input) => expectOk(office.t.core, withToken(token), method, input);
  const office = {
    get t(): TestCore {
      if (!core) throw new Error('officeForEachTest: used outside a test');
      return core;
    },
    get admin(): string {
      return token;
    },
    /** After the clock moved past the session's lifetime, the new token from logIn. */
    set admin(value: string) {
      token = value;
    },
    ok,
  };
  return office;
}
