import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settings, users, auditLog } from '../../db/schema';
import { contract, type MethodName } from '../../electron/core/contract';
import {
  addUserAndLogin,
  LOCAL_HTTP,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
  resultOf,
  callUnchecked,
} from '../support/core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.cleanup());

const countRows = (table: typeof users | typeof settings | typeof auditLog): number =>
  t.core.db.select().from(table).all().length;

describe('dispatch', () => {
  it('refuses an unknown method with a Chinese message', async () => {
    const result = await callUnchecked(t.core, LOCAL_HTTP, 'users.dropEverything', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: '未知的操作「users.dropEverything」。' },
    });
  });

  it('refuses invalid input before any service runs', async () => {
    const auditBefore = countRows(auditLog);
    const result = await resultOf(t.core, LOCAL_HTTP, 'auth.setup', {
      officeName: '固阳县市场监督管理局',
      username: 'a b',
      displayName: '王',
      password: 'x',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain('用户名');
    expect(countRows(users)).toBe(0);
    expect(countRows(settings)).toBe(0);
    expect(countRows(auditLog)).toBe(auditBefore);
  });

  it('turns wrong types and non-object input into INVALID_INPUT, never a crash', async () => {
    for (const input of [42, 'text', [1, 2], { username: 5, password: null }]) {
      const result = await callUnchecked(t.core, LOCAL_HTTP, 'auth.login', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
  });

  it('refuses anonymous calls to protected methods', async () => {
    const result = await resultOf(t.core, LOCAL_HTTP, 'users.list', {});
    expect(result.ok ? null : result.error.code).toBe('UNAUTHENTICATED');
    const forged = await resultOf(t.core, withToken('not-a-real-token'), 'users.list', {});
    expect(forged.ok ? null : forged.error.code).toBe('UNAUTHENTICATED');
  });

  it('tells an anonymous caller of any protected method only to log in, whatever it sent', async () => {
    const protectedMethods = (Object.keys(contract) as MethodName[]).filter((m) => contract[m].access !== 'public');
    expect(protectedMethods.length).toBeGreaterThan(40);
    const answers: Record<string, string> = {};
    for (const method of protectedMethods) {
      for (const caller of [LOCAL_HTTP, withToken('not-a-real-token')]) {
        const result = await callUnchecked(t.core, caller, method, 42);
        answers[`${method} ${caller.sessionToken ? 'forged' : 'none'}`] = result.ok ? 'ok' : result.error.code;
      }
    }
    expect(Object.entries(answers).filter(([, code]) => code !== 'UNAUTHENTICATED')).toEqual([]);
  });

  it('answers a full disk in Chinese, naming the data directory, and changes nothing', async () => {
    const admin = await setUpOffice(t.core);
    const sqlite = t.core.db.$client;
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);
    const auditBefore = countRows(auditLog);
    const settingsBefore = countRows(settings);
    const result = await resultOf(t.core, withToken(admin), 'settings.set', {
      key: 'demo.big',
      value: 'x'.repeat(200_000),
    });
    expect(result.ok ? null : result.error.code).toBe('DISK_FULL');
    expect(result.ok ? '' : result.error.message).toBe(
      `磁盘空间不足，操作未保存。数据目录“${t.dir}”所在的磁盘已满：请删除不需要的文件或把数据目录移到空间更大的磁盘，腾出空间后重试。`,
    );
    expect(countRows(auditLog)).toBe(auditBefore);
    expect(countRows(settings)).toBe(settingsBefore);
  });

  it('refuses a role the method does not allow, naming the role', async () => {
    const admin = await setUpOffice(t.core);
    const inspector = await addUserAndLogin(t.core, admin, { username: 'li', role: 'inspector', departmentId: 2 });
    const usersBefore = countRows(users);
    const result = await resultOf(t.core, withToken(inspector), 'users.create', {
      username: 'intruder',
      displayName: '闯入者',
      role: 'admin',
      password: 'Abc123456',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('FORBIDDEN');
    expect(result.error.message).toContain('执法人员');
    expect(result.error.message).toContain('创建用户');
    expect(countRows(users)).toBe(usersBefore);
  });

  it('rolls back every write of a call that fails halfway, and audits nothing for it', async () => {
    // auth.setup writes the office settings first and the administrator second; make the second step fail.
    t.core.db.$client.exec(
      "CREATE TRIGGER fail_user_insert BEFORE INSERT ON users BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    );
    const auditBefore = countRows(auditLog);
    const result = await resultOf(t.core, LOCAL_HTTP, 'auth.setup', {
      officeName: '固阳县市场监督管理局',
      username: 'admin',
      displayName: '王管理',
      password: 'Admin12345',
    });
    expect(result.ok ? null : result.error.code).toBe('INTERNAL');
    expect(result.ok ? '' : result.error.message).toContain('操作未保存');
    expect(countRows(settings)).toBe(0);
    expect(countRows(users)).toBe(0);
    expect(countRows(auditLog)).toBe(auditBefore);
  });

  it('rolls back a refusal raised after earlier writes of the same call', async () => {
    const result = await resultOf(t.core, LOCAL_HTTP, 'auth.setup', {
      officeName: '固阳县市场监督管理局',
      username: 'admin',
      displayName: '王管理',
      password: 'onlyletters',
    });
    expect(result.ok ? null : result.error.message).toBe('密码需同时包含字母和数字。');
    expect(countRows(settings)).toBe(0);
  });

  it('records each successful write in the audit trail with actor, method and entity', async () => {
    const admin = await setUpOffice(t.core);
    await resultOf(t.core, withToken(admin), 'departments.create', {
      code: 'JG',
      name: '县机关事务局',
      shortName: '机关',
    });
    const last = t.core.db.select().from(auditLog).all().at(-1);
    expect(last).toMatchObject({
      actorName: 'admin',
      method: 'departments.create',
      entityType: 'department',
      outcome: 'ok',
    });
    expect(last?.entityId).toMatch(/^\d+$/);
  });

  it('does not audit reads', async () => {
    const admin = await setUpOffice(t.core);
    const before = countRows(auditLog);
    await resultOf(t.core, withToken(admin), 'users.list', {});
    await resultOf(t.core, withToken(admin), 'audit.list', {});
    expect(countRows(auditLog)).toBe(before);
  });
});
