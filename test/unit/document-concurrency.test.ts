import { describe, expect, it } from 'vitest';
import { addUserAndLogin, withToken, resultOf } from '../support/core';
import { officeForEachTest } from '../support/office';
import { lockedTask } from '../support/results';

const office = officeForEachTest();
const BUSY = '上一份文书仍在生成，请稍候';

describe('long documents, one at a time per account', () => {
  it('refuses a second long document while the same account waits for one, not another account', async () => {
    const { core } = office.t;
    const { taskId, planId } = await lockedTask(core, office.admin);
    const other = await addUserAndLogin(core, office.admin, { username: 'guanli2', role: 'admin' });
    const mine = withToken(office.admin);

    const [notices, plan, letters, theirs] = await Promise.all([
      resultOf(core, mine, 'documents.notices', { taskId }),
      resultOf(core, mine, 'documents.plan', { planId }),
      resultOf(core, mine, 'documents.resultList', { taskId }),
      resultOf(core, withToken(other), 'documents.plan', { planId }),
    ]);
    expect(notices.ok).toBe(true);
    for (const refused of [plan, letters]) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!refused.ok) expect(refused.error.message).toContain(BUSY);
    }
    expect(theirs.ok).toBe(true);

    // Once it is done, or when one fails, the account may start the next.
    expect((await resultOf(core, mine, 'documents.notices', { taskId: 999_999 })).ok).toBe(false);
    expect((await resultOf(core, mine, 'documents.plan', { planId })).ok).toBe(true);
  });
});
