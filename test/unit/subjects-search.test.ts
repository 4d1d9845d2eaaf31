import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { nameInitials } from '../../electron/core/subjects/pinyin';
import {
  addUserAndLogin,
  expectOk,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
  resultOf,
} from '../support/core';

let t: TestCore;
let admin: string;
beforeEach(async () => {
  t = openTestCore();
  admin = await setUpOffice(t.core);
  const add = (fields: MethodInput<'subjects.create'>) => expectOk(t.core, withToken(admin), 'subjects.create', fields);
  await add({
    uscc: '91350100M000100Y43',
    name: '固阳县市场监管示范超市有限公司',
    address: '金山镇阿塔山街 1 号',
    industryCode: 'F5211',
    riskClass: 'A',
    tags: ['食品'],
    licences: ['食品经营许可证'],
    departmentIds: [1],
  });
  await add({
    uscc: '914403001922038216',
    name: '华为技术有限公司',
    address: '深圳市龙岗区坂田华为基地',
    industryCode: 'C3914',
    riskClass: 'D',
    abnormal: true,
  });
  await add({
    uscc: '91440300708461136T',
    name: '深圳市腾讯计算机系统有限公司',
    address: '深圳市南山区科技园',
    industryCode: 'I6421',
    tags: ['互联网'],
  });
  await add({ type: '产品', name: '散装白酒（抽检批次 2026-01）', address: '' });
});
afterEach(() => t.cleanup());

const search = async (filter: MethodInput<'subjects.list'>) =>
  (await expectOk(t.core, withToken(admin), 'subjects.list', filter)).rows.map((r) => r.name);

describe('subject search', () => {
  it('finds by USCC prefix', async () => {
    expect(await search({ q: '9144' })).toEqual(['深圳市腾讯计算机系统有限公司', '华为技术有限公司']);
    expect(await search({ q: '914403001922038216' })).toEqual(['华为技术有限公司']);
  });

  it('finds any substring of name or address (trigram index)', async () => {
    expect(await search({ q: '市场监管' })).toEqual(['固阳县市场监管示范超市有限公司']);
    expect(await search({ q: '龙岗区' })).toEqual(['华为技术有限公司']);
    expect(await search({ q: '有限公司' })).toHaveLength(3);
  });

  it('finds only the whole string, not its trigrams scattered apart', async () => {
    // 市场监 and 场监督 are both in this name, 市场监督 is not; and the pinyin initials work the same way.
    await expectOk(t.core, withToken(admin), 'subjects.create', {
      type: '其他',
      name: '市场监测与场监督站',
      address: '100%_路',
    });
    expect(await search({ q: '市场监督' })).toEqual([]);
    expect(await search({ q: '场监督站' })).toEqual(['市场监测与场监督站']);
    expect(await search({ q: 'scjc' })).toEqual(['市场监测与场监督站']);
    expect(await search({ q: 'scjd' })).toEqual([]);
    // LIKE's wildcards in the search text are taken literally.
    expect(await search({ q: '0%_路' })).toEqual(['市场监测与场监督站']);
    expect(await search({ q: '0__路' })).toEqual([]);
    expect((await expectOk(t.core, withToken(admin), 'subjects.count', { q: '市场监督' })).count).toBe(0);
  });

  it('finds one- and two-character names below the trigram’s reach', async () => {
    expect(await search({ q: '华为' })).toEqual(['华为技术有限公司']);
    expect(await search({ q: '酒' })).toEqual(['散装白酒（抽检批次 2026-01）']);
  });

  it('finds by pinyin initials anywhere in the name', async () => {
    expect(await search({ q: 'scjg' })).toEqual(['固阳县市场监管示范超市有限公司']);
    expect(await search({ q: 'HWJS' })).toEqual(['华为技术有限公司']);
    expect(await search({ q: 'gy' })).toEqual(['固阳县市场监管示范超市有限公司']);
  });

  it('reads polyphonic characters in their context when making initials', () => {
    expect(nameInitials('中国工商银行固阳支行')).toBe('zggsyhgyzh');
    expect(nameInitials('长春市成长路长生店')).toBe('ccsczlcsd');
    expect(nameInitials('重庆小面（重新装修）')).toBe('cqxmcxzx');
    expect(nameInitials('行业协会')).toBe('hyxh');
    expect(nameInitials('ABC有限公司 2 店')).toBe('abcyxgs2d');
    // A character beyond the BMP (a rare ideograph, two UTF-16 units) does not shift the rest.
    expect(nameInitials('𠀾记银行')).toMatch(/jyh$/);
  });

  it('treats search text as data, not query syntax', async () => {
    for (const q of ['"', '" OR 1', 'name:*', "'; DROP TABLE subjects; --", '%_%']) {
      const result = await resultOf(t.core, withToken(admin), 'subjects.list', { q });
      expect(result.ok, q).toBe(true);
    }
    expect(await search({ q: '华为' })).toHaveLength(1);
  });

  it('filters on fields, tags, licences and departments, combined with search', async () => {
    expect(await search({ riskClass: 'D' })).toEqual(['华为技术有限公司']);
    expect(await search({ industryCode: 'f52' })).toEqual(['固阳县市场监管示范超市有限公司']);
    expect(await search({ tag: '互联网' })).toEqual(['深圳市腾讯计算机系统有限公司']);
    expect(await search({ licence: '食品经营许可证' })).toEqual(['固阳县市场监管示范超市有限公司']);
    expect(await search({ departmentId: 1 })).toEqual(['固阳县市场监管示范超市有限公司']);
    expect(await search({ abnormal: true })).toEqual(['华为技术有限公司']);
    expect(await search({ type: '产品' })).toEqual(['散装白酒（抽检批次 2026-01）']);
    expect(await search({ q: '深圳', riskClass: 'B' })).toEqual(['深圳市腾讯计算机系统有限公司']);
    expect(await search({ q: '深圳' })).toEqual(['深圳市腾讯计算机系统有限公司', '华为技术有限公司']);
  });

  it('matches a tag, licence or department as a whole item of its list, never part of one', async () => {
    await expectOk(t.core, withToken(admin), 'subjects.create', {
      type: '其他',
      name: '食品生产加工小作坊',
      tags: ['食品生产', '小微'],
      licences: ['食品经营许可证副本'],
      departmentIds: [11, 17],
    });
    expect(await search({ tag: '食品' })).toEqual(['固阳县市场监管示范超市有限公司']);
    expect(await search({ tag: '小微' })).toEqual(['食品生产加工小作坊']);
    expect(await search({ licence: '食品经营许可证' })).toEqual(['固阳县市场监管示范超市有限公司']);
    expect(await search({ departmentId: 1 })).toEqual(['固阳县市场监管示范超市有限公司']);
    expect(await search({ departmentId: 17 })).toEqual(['食品生产加工小作坊']);
    expect(await expectOk(t.core, withToken(admin), 'subjects.count', { tag: '食品生产' })).toEqual({
      count: 1,
      capped: false,
    });
  });

  it('pages in SQL and counts matches separately', async () => {
    const first = await expectOk(t.core, withToken(admin), 'subjects.list', { pageSize: 2, page: 1 });
    const second = await expectOk(t.core, withToken(admin), 'subjects.list', { pageSize: 2, page: 2 });
    expect([first.hasMore, second.hasMore]).toEqual([true, false]);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual([4, 3, 2, 1]);
    expect(await expectOk(t.core, withToken(admin), 'subjects.count', {})).toEqual({ count: 4, capped: false });
    expect(await expectOk(t.core, withToken(admin), 'subjects.count', { q: '深圳' })).toEqual({
      count: 2,
      capped: false,
    });
    expect(await expectOk(t.core, withToken(admin), 'subjects.count', { q: '有限公司', riskClass: 'D' })).toEqual({
      count: 1,
      capped: false,
    });
  });

  it('keeps the search index in step with edits', async () => {
    const [huawei] = (await expectOk(t.core, withToken(admin), 'subjects.list', { q: '华为技术' })).rows;
    await expectOk(t.core, withToken(admin), 'subjects.update', {
      id: huawei!.id,
      uscc: '914403001922038216',
      name: '华为终端有限公司',
      address: '东莞市松山湖',
      riskClass: 'D',
    });
    expect(await search({ q: '华为技术' })).toEqual([]);
    expect(await search({ q: '松山湖' })).toEqual(['华为终端有限公司']);
    expect(await search({ q: 'hwzd' })).toEqual(['华为终端有限公司']);
  });
});

describe('subject forms', () => {
  it('refuses a duplicate USCC and an invalid one with field-specific messages', async () => {
    const dup = await resultOf(t.core, withToken(admin), 'subjects.create', {
      uscc: '914403001922038216',
      name: '另一个华为',
    });
    expect(dup.ok ? null : dup.error.message).toBe(
      '统一社会信用代码 914403001922038216 已属于“华为技术有限公司”，同一代码不能登记两次。',
    );
    const bad = await resultOf(t.core, withToken(admin), 'subjects.create', {
      uscc: '91350100M000100Y44',
      name: '错码公司',
    });
    expect(bad.ok ? null : bad.error.message).toContain('第 18 位校验码应为“3”');
    const none = await resultOf(t.core, withToken(admin), 'subjects.create', { name: '无码公司' });
    expect(none.ok ? null : none.error.message).toBe('企业必须填写统一社会信用代码。');
  });

  it('lets read-only users search but not edit', async () => {
    const token = await addUserAndLogin(t.core, admin, { username: 'leader', role: 'viewer' });
    expect((await resultOf(t.core, withToken(token), 'subjects.list', { q: '华为' })).ok).toBe(true);
    const edit = await resultOf(t.core, withToken(token), 'subjects.create', { uscc: '91350100M000100Y43', name: 'x' });
    expect(edit.ok ? null : edit.error.code).toBe('FORBIDDEN');
  });
});
