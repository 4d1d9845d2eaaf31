import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { INITIAL_PASSWORD, withToken, resultOf } from '../support/core';
import { officeForEachTest } from '../support/office';

const office = officeForEachTest();
const { ok } = office;

const officer = (name: string, departmentId: number, certNo: string) =>
  ok('inspectors.create', {
    name,
    departmentId,
    certNo,
    certValidFrom: '2024-01-01',
    certValidTo: '2030-12-31',
  });
const account = (username: string, departmentId: number, inspectorId: number | null): MethodInput<'users.create'> => ({
  username,
  displayName: '张执法',
  role: 'inspector',
  departmentId,
  password: INITIAL_PASSWORD,
  inspectorId,
});

describe('an officer account linked as it is created', () => {
  it('links the officer of its department, and refuses (creating nothing) one of another or already claimed', async () => {
    const own = await officer('张执法', 1, 'ZF1001');
    const other = await officer('张执法', 17, 'ZF1701');
    const created = await ok('users.create', account('zhang', 1, own.id));
    expect(created.inspectorId).toBe(own.id);

    const wrong = await resultOf(
      office.t.core,
      withToken(office.admin),
      'users.create',
      account('zhang2', 1, other.id),
    );
    expect(wrong.ok ? null : wrong.error.message).toContain('只能关联本部门的执法人员');
    const claimed = await resultOf(
      office.t.core,
      withToken(office.admin),
      'users.create',
      account('zhang3', 1, own.id),
    );
    expect(claimed.ok ? null : claimed.error.message).toContain('已关联到用户');
    const names = (await ok('users.list', {})).map((u) => u.username);
    expect(names).toContain('zhang');
    expect(names).not.toContain('zhang2');
    expect(names).not.toContain('zhang3');

    const plain = await ok('users.create', account('zhang4', 1, null));
    expect(plain.inspectorId).toBeNull();
  });
});
