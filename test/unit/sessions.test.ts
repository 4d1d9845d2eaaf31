import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema';
import {
  addUserAndLogin,
  ADMIN_PASSWORD,
  expectOk,
  LOCAL_HTTP,
  logIn,
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

const alive = async (token: string): Promise<boolean> => (await resultOf(t.core, withToken(token), 'auth.me', {})).ok;

describe('sessions', () => {
  it('a password change ends the account’s other sessions and keeps the one that changed it', async () => {
    const admin = await setUpOffice(t.core);
    const other = await logIn(t.core);
    await expectOk(t.core, withToken(admin), 'auth.changePassword', {
      oldPassword: ADMIN_PASSWORD,
      newPassword: 'Changed12345',
    });
    expect(await alive(admin)).toBe(true);
    expect(await alive(other)).toBe(false);
  });

  it('an administrator’s reset ends every session of the account', async () => {
    const admin = await setUpOffice(t.core);
    const first = await addUserAndLogin(t.core, admin, { username: 'zhao', role: 'viewer' });
    const second = tokenOf(
      await resultOf(t.core, LOCAL_HTTP, 'auth.login', { username: 'zhao', password: 'User12345' }),
    );
    const zhao = t.core.db.select().from(users).where(eq(users.username, 'zhao')).get();
    await expectOk(t.core, withToken(admin), 'users.resetPassword', { id: zhao!.id, password: 'Reset12345' });
    expect(await alive(first)).toBe(false);
    expect(await alive(second)).toBe(false);
    expect(await alive(admin)).toBe(true);
  });

  it('ends a session unused for 30 minutes, while use keeps it going, and writes its activity once a minute', async () => {
    const token = await setUpOffice(t.core);
    const lastSeen = () => t.core.db.select({ at: sessions.lastSeenAt }).from(sessions).get()?.at;
    const before = lastSeen();
    t.clock.advanceMinutes(0.5);
    expect(await alive(token)).toBe(true);
    expect(lastSeen()).toBe(before); // under a minute: no write
    for (let i = 0; i < 3; i++) {
      t.clock.advanceMinutes(29);
      expect(await alive(token)).toBe(true);
    }
    expect(lastSeen()).not.toBe(before);
    t.clock.advanceMinutes(30);
    const idle = await resultOf(t.core, withToken(token), 'auth.me', {});
    expect(idle.ok ? null : idle.error.code).toBe('UNAUTHENTICATED');
    expect((await expectOk(t.core, withToken(token), 'auth.status', {})).session).toBeNull();
  });

  it('does not count the 待办 badge’s polling as activity: a window left open still ends its session', async () => {
    const token = await setUpOffice(t.core);
    for (let minute = 5; minute < 30; minute += 5) {
      t.clock.advanceMinutes(5);
      await expectOk(t.core, withToken(token), 'todo.counts', {});
    }
    t.clock.advanceMinutes(6);
    const polled = await resultOf(t.core, withToken(token), 'todo.counts', {});
    expect(polled.ok ? null : polled.error.code).toBe('UNAUTHENTICATED');
  });

  it('takes the idle time from the setting, and refuses a value that does not fit', async () => {
    const admin = await setUpOffice(t.core);
    const bad = await resultOf(t.core, withToken(admin), 'settings.set', { key: 'auth.idleMinutes', value: 2 });
    expect(bad.ok ? null : bad.error.message).toBe(
      '「无操作自动退出登录（分钟）」：无操作自动退出登录的时间不能少于 5 分钟。',
    );
    await expectOk(t.core, withToken(admin), 'settings.set', { key: 'auth.idleMinutes', value: 90 });
    t.clock.advanceMinutes(80);
    expect(await alive(admin)).toBe(true);
    t.clock.advanceMinutes(91);
    expect(await alive(admin)).toBe(false);
  });
});
