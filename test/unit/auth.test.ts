import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema';
import type { Caller } from '../../electron/core/context';
import type { Dispatched } from '../../electron/core/dispatch';
import {
  addUserAndLogin,
  ADMIN_PASSWORD,
  expectOk,
  LOCAL_HTTP,
  openTestCore,
  setUpOffice,
  tokenOf,
  withToken,
  type TestCore,
  resultOf,
} from '../support/core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.cleanup());

const login = Object.assign(
  (username: string, password: string) => resultOf(t.core, LOCAL_HTTP, 'auth.login', { username, password }),
  {
    from: (caller: Caller, username: string, password: string) =>
      resultOf(t.core, caller, 'auth.login', { username, password }),
  },
);

describe('first run', () => {
  it('reports an uninitialised system and allows set-up only from the machine itself', async () => {
    const status = await expectOk(t.core, LOCAL_HTTP, 'auth.status', {});
    expect(status).toMatchObject({ initialized: false, setupAllowed: true, session: null });
    const remote = await expectOk(t.core, { door: 'http', local: false }, 'auth.status', {});
    expect(remote.setupAllowed).toBe(false);
    const claimed = await resultOf(t.core, { door: 'http', local: false }, 'auth.setup', {
      officeName: '某县市场监督管理局',
      username: 'evil',
      displayName: '远程',
      password: 'Remote12345',
    });
    expect(claimed.ok ? null : claimed.error.code).toBe('FORBIDDEN');
    expect(t.core.db.select().from(users).all()).toHaveLength(0);
  });

  it('creates the administrator and the office once, then refuses a second set-up', async () => {
    const token = await setUpOffice(t.core);
    const status = await expectOk(t.core, withToken(token), 'auth.status', {});
    expect(status).toMatchObject({ initialized: true, setupAllowed: false, officeName: '固阳县市场监督管理局' });
    expect(status.session?.user).toMatchObject({ username: 'admin', role: 'admin', mustChangePassword: false });
    const again = await resultOf(t.core, LOCAL_HTTP, 'auth.setup', {
      officeName: '另一个局',
      username: 'admin2',
      displayName: '二号',
      password: 'Second12345',
    });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
  });
});

describe('login', () => {
  it('logs in case-insensitively by username and returns the role’s permissions', async () => {
    await setUpOffice(t.core);
    const result = await login('ADMIN', ADMIN_PASSWORD);
    expect(result.ok).toBe(true);
    const me = await expectOk(t.core, withToken(tokenOf(result)), 'auth.me', {});
    expect(me.permissions).toContain('users.create');
    expect(me.user.lastLoginAt).not.toBeNull();
  });

  it('gives the same message for an unknown user and a wrong password', async () => {
    await setUpOffice(t.core);
    const unknown = await login('nobody', 'Whatever123');
    const wrong = await login('admin', 'Whatever123');
    expect(unknown.ok || wrong.ok).toBe(false);
    if (unknown.ok || wrong.ok) return;
    expect(unknown.error).toEqual(wrong.error);
    expect(wrong.error.message).toContain('用户名或密码错误');
  });

  it('says how many tries are left before a wait, then the wait, alike for a known and an unknown name', async () => {
    await setUpOffice(t.core);
    const outsider: Caller = { door: 'http', local: false, address: '203.0.113.9' };
    for (const name of ['admin', 'nobody']) {
      const said: string[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await login.from(outsider, name, 'Wrong12345');
        said.push(r.ok ? 'ok' : r.error.message);
      }
      expect(said).toEqual([
        '用户名或密码错误，请检查后重试。再输错 3 次后需等待 30 秒才能再试。',
        '用户名或密码错误，请检查后重试。再输错 2 次后需等待 30 秒才能再试。',
        '用户名或密码错误，请检查后重试。再输错 1 次后需等待 30 秒才能再试。',
        '用户名或密码错误，请检查后重试。输错次数过多，请 30 秒后再试。',
      ]);
      t.clock.advanceMinutes(61);
    }
  });

  it('backs off more and more after failures from one address, for any name, known or not', async () => {
    await setUpOffice(t.core);
    const outsider: Caller = { door: 'http', local: false, address: '203.0.113.9' };
    const from = (caller: Caller, username: string, password: string) =>
      resultOf(t.core, caller, 'auth.login', { username, password });
    const codeOf = (r: Dispatched) => (r.ok ? 'ok' : r.error.code);
    for (const name of ['admin', 'nobody']) {
      for (let i = 0; i < 4; i++) expect(codeOf(await from(outsider, name, 'Wrong12345'))).toBe('BAD_CREDENTIALS');
      // Refused unheard, even with the right password, and the message names the wait, never the account.
      const blocked = await from(outsider, name, name === 'admin' ? ADMIN_PASSWORD : 'Wrong12345');
      expect(blocked.ok ? '' : `${blocked.error.code} ${blocked.error.message}`).toBe(
        'THROTTLED 登录失败次数过多，请 30 秒后再试。如忘记密码，请联系系统管理员重置。',
      );
      t.clock.advanceMinutes(1);
      expect(codeOf(await from(outsider, name, 'Wrong12345'))).toBe('BAD_CREDENTIALS');
      const longer = await from(outsider, name, 'Wrong12345');
      expect(longer.ok ? '' : longer.error.message).toContain('60 秒');
      t.clock.advanceMinutes(2);
    }
    // The administrator at the machine is not locked out by any of it.
    expect((await from({ door: 'ipc', local: true }, 'admin', ADMIN_PASSWORD)).ok).toBe(true);
    expect((await from({ door: 'http', local: false, address: '198.51.100.7' }, 'admin', ADMIN_PASSWORD)).ok).toBe(
      true,
    );
  });

  it('slows an account attacked from many addresses for outsiders only, never at the machine', async () => {
    await setUpOffice(t.core);
    const remote = (n: number): Caller => ({ door: 'http', local: false, address: `203.0.113.${n}` });
    for (let n = 1; n <= 11; n++) await login.from(remote(n), 'admin', 'Wrong12345');
    const fresh = await login.from(remote(50), 'admin', ADMIN_PASSWORD);
    expect(fresh.ok ? null : fresh.error.code).toBe('THROTTLED');
    expect((await login.from(LOCAL_HTTP, 'admin', ADMIN_PASSWORD)).ok).toBe(true);
    expect((await login.from({ door: 'ipc', local: true }, 'admin', ADMIN_PASSWORD)).ok).toBe(true);
  });

  it('records every failed attempt in the audit trail with the address it came from', async () => {
    await setUpOffice(t.core);
    const outsider: Caller = { door: 'http', local: false, address: '203.0.113.9' };
    await login.from(outsider, 'nobody', 'Wrong12345');
    for (let i = 0; i < 4; i++) await login.from(outsider, 'admin', 'Wrong12345');
    await login.from(outsider, 'admin', ADMIN_PASSWORD);
    const refused = t.core.db
      .select()
      .from(auditLog)
      .all()
      .filter((r) => r.method === 'auth.login');
    expect(refused.map((r) => [r.actorName, r.outcome, r.door])).toEqual([
      ['nobody', 'BAD_CREDENTIALS', 'http 203.0.113.9'],
      ...Array.from({ length: 4 }, () => ['admin', 'BAD_CREDENTIALS', 'http 203.0.113.9']),
      ['admin', 'THROTTLED', 'http 203.0.113.9'],
    ]);
  });

  it('lets an administrator lift the back-off of an account at once', async () => {
    const admin = await setUpOffice(t.core);
    await addUserAndLogin(t.core, admin, { username: 'zhao', role: 'viewer' });
    const outsider: Caller = { door: 'http', local: false, address: '203.0.113.9' };
    for (let i = 0; i < 4; i++) await login.from(outsider, 'zhao', 'Wrong12345');
    expect((await login.from(outsider, 'zhao', 'User12345')).ok).toBe(false);
    const zhao = t.core.db
      .select()
      .from(users)
      .all()
      .find((u) => u.username === 'zhao');
    await expectOk(t.core, withToken(admin), 'users.unlock', { id: zhao!.id });
    expect((await login.from(outsider, 'zhao', 'User12345')).ok).toBe(true);
  });

  it('ends sessions after 12 hours', async () => {
    const token = await setUpOffice(t.core);
    t.clock.advanceMinutes(12 * 60 + 1);
    const result = await resultOf(t.core, withToken(token), 'auth.me', {});
    expect(result.ok ? null : result.error.code).toBe('UNAUTHENTICATED');
  });

  it('logs out by ending the session', async () => {
    const token = await setUpOffice(t.core);
    const out = await resultOf(t.core, withToken(token), 'auth.logout', {});
    expect(out.session).toEqual({ kind: 'ended' });
    expect((await resultOf(t.core, withToken(token), 'auth.me', {})).ok).toBe(false);
  });
});

describe('accounts', () => {
  it('holds an account that must change its password to the password change, in the core', async () => {
    const admin = await setUpOffice(t.core);
    await expectOk(t.core, withToken(admin), 'users.create', {
      username: 'zhang',
      displayName: '张',
      role: 'inspector',
      departmentId: 1,
      password: 'User12345',
    });
    const zhang = tokenOf(await login('zhang', 'User12345'));
    expect((await expectOk(t.core, withToken(zhang), 'auth.me', {})).user.mustChangePassword).toBe(true);
    const early = await resultOf(t.core, withToken(zhang), 'subjects.list', {});
    expect(early.ok ? '' : `${early.error.code} ${early.error.message}`).toBe(
      'FORBIDDEN 您的密码是初始密码或已被管理员重置，请先修改密码，再进行其他操作。',
    );
    const wrongOld = await resultOf(t.core, withToken(zhang), 'auth.changePassword', {
      oldPassword: 'Nope12345',
      newPassword: 'Mine12345',
    });
    expect(wrongOld.ok ? null : wrongOld.error.message).toBe('原密码不正确，请重新输入。');
    await expectOk(t.core, withToken(zhang), 'auth.changePassword', {
      oldPassword: 'User12345',
      newPassword: 'Mine12345',
    });
    expect((await expectOk(t.core, withToken(zhang), 'auth.me', {})).user.mustChangePassword).toBe(false);
    expect((await resultOf(t.core, withToken(zhang), 'subjects.list', {})).ok).toBe(true);
    expect((await login('zhang', 'Mine12345')).ok).toBe(true);
  });

  it('disabling a user ends their sessions and refuses their login', async () => {
    const admin = await setUpOffice(t.core);
    const zhang = await addUserAndLogin(t.core, admin, { username: 'zhang', role: 'viewer' });
    const { user } = await expectOk(t.core, withToken(zhang), 'auth.me', {});
    await expectOk(t.core, withToken(admin), 'users.setActive', { id: user.id, active: false });
    expect((await resultOf(t.core, withToken(zhang), 'auth.me', {})).ok).toBe(false);
    const again = await login('zhang', 'User12345');
    expect(again.ok ? null : again.error.message).toBe('该账户已被停用，请联系系统管理员。');
  });

  it('never leaves the system without an active administrator', async () => {
    const admin = await setUpOffice(t.core);
    const me = await expectOk(t.core, withToken(admin), 'auth.me', {});
    const demote = await resultOf(t.core, withToken(admin), 'users.update', {
      id: me.user.id,
      displayName: '王管理',
      role: 'viewer',
      departmentId: null,
    });
    expect(demote.ok ? null : demote.error.code).toBe('CONFLICT');
    const self = await resultOf(t.core, withToken(admin), 'users.setActive', { id: me.user.id, active: false });
    expect(self.ok ? null : self.error.message).toBe('不能停用自己正在使用的账户。');
  });

  it('keeps a department administrator inside their own department and below their own role', async () => {
    const admin = await setUpOffice(t.core);
    const dept = await addUserAndLogin(t.core, admin, { username: 'wj-admin', role: 'deptAdmin', departmentId: 17 });
    const own = await resultOf(t.core, withToken(dept), 'users.create', {
      username: 'wj-li',
      displayName: '李',
      role: 'inspector',
      departmentId: 17,
      password: 'Inspect1234',
    });
    expect(own.ok).toBe(true);
    const other = await resultOf(t.core, withToken(dept), 'users.create', {
      username: 'gx-li',
      displayName: '李',
      role: 'inspector',
      departmentId: 3,
      password: 'Inspect1234',
    });
    expect(other.ok ? null : other.error.message).toBe('部门管理员只能管理本部门的账户。');
    const higher = await resultOf(t.core, withToken(dept), 'users.create', {
      username: 'wj-boss',
      displayName: '王',
      role: 'lead',
      departmentId: 17,
      password: 'Inspect1234',
    });
    expect(higher.ok ? null : higher.error.code).toBe('FORBIDDEN');
    const listed = await expectOk(t.core, withToken(dept), 'users.list', {});
    expect(listed.every((u) => u.departmentId === 17)).toBe(true);
    expect(listed.map((u) => u.username).sort()).toEqual(['wj-admin', 'wj-li']);
  });

  it('requires a department for inspectors and refuses duplicate usernames', async () => {
    const admin = await setUpOffice(t.core);
    const noDept = await resultOf(t.core, withToken(admin), 'users.create', {
      username: 'zhou',
      displayName: '周',
      role: 'inspector',
      password: 'Inspect1234',
    });
    expect(noDept.ok ? null : noDept.error.message).toBe('角色为「执法人员」的账户必须选择所属部门。');
    const dup = await resultOf(t.core, withToken(admin), 'users.create', {
      username: 'Admin',
      displayName: '重名',
      role: 'viewer',
      password: 'Inspect1234',
    });
    expect(dup.ok ? null : dup.error.message).toBe('用户名「admin」已被使用，请换一个。');
  });
});
