import { afterEach, beforeEach } from 'vitest';
import {
  expectOk,
  openTestCore,
  refusalOf,
  resultOf,
  setUpOffice,
  withToken,
  type OkCall,
  type RefusalCall,
  type ResultCall,
  type TestCore,
} from './core';

/**
 * Gives each test of the file a fresh core on a temporary database, with the office set up and its administrator
 * logged in: the set-up every test file of the core starts from. `ok`, `refusal` and `result` call a method as that
 * administrator, typed by the contract: `ok` fails the test on a refusal, `refusal` answers the refusal's message (or
 * null), `result` the door's whole answer.
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
  const refusal: RefusalCall = (method, input) => refusalOf(office.t.core, withToken(token), method, input);
  const result: ResultCall = (method, input) => resultOf(office.t.core, withToken(token), method, input);
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
    refusal,
    result,
  };
  return office;
}
