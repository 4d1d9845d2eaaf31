import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { auditLog } from '../../db/schema';
import { callUnchecked, withToken } from '../support/core';
import { officeForEachTest } from '../support/office';
import { upload } from '../support/subjects';
import { writeWorkbook } from '../support/xlsx';

const office = officeForEachTest(); // the test clock reads 2026-03-02
const { ok } = office;

const call = office.result;
const create = (fields: Omit<MethodInput<'inspectors.create'>, 'departmentId'>) =>
  ok('inspectors.create', { departmentId: 1, ...fields });

describe('inspectors', () => {
  it('classifies certificates as valid, expiring within 30 days, expired, or none', async () => {
    await create({ name: '王一', certNo: 'NM1501001', certValidTo: '2028-12-31' });
    await create({ name: '李二', certNo: 'NM1501002', certValidTo: '2026-03-20' });
    await create({ name: '张三', certNo: 'NM1501003', certValidTo: '2025-12-31' });
    await create({ name: '赵四' });
    const all = await ok('inspectors.list', {});
    expect(all.map((i) => [i.name, i.certStatus])).toEqual([
      ['王一', 'valid'],
      ['李二', 'expiring'],
      ['张三', 'expired'],
      ['赵四', 'none'],
    ]);
    const expired = await ok('inspectors.list', { certStatus: 'expired' });
    expect(expired.map((i) => i.name)).toEqual(['张三']);
  });

  it('refuses a duplicate certificate number, a missing expiry and a bad department', async () => {
    await create({ name: '王一', certNo: 'NM1501001', certValidTo: '2028-12-31' });
    const dup = await call('inspectors.create', {
      name: '王二',
      departmentId: 1,
      certNo: 'nm1501001',
      certValidTo: '2028-12-31',
    });
    expect(dup.ok ? null : dup.error.message).toBe('执法证号 NM1501001 已登记在“王一”名下。');
    const noExpiry = await call('inspectors.create', { name: '王三', departmentId: 1, certNo: 'NM1501009' });
    expect(noExpiry.ok ? null : noExpiry.error.message).toContain('须填写有效期至');
    const badDept = await call('inspectors.create', { name: '王四', departmentId: 999 });
    expect(badDept.ok ? null : badDept.error.message).toBe('所选部门不存在，请刷新后重新选择。');
  });

  it('records recusals by subject and by region, ends them with a reason, and keeps them', async () => {
    const wang = await create({ name: '王一', certNo: 'NM1501001', certValidTo: '2028-12-31' });
    await ok('subjects.create', { uscc: '91350100M000100Y43', name: '王一妻弟的超市' });
    const unknown = await call('inspectors.addRecusal', {
      inspectorId: wang.id,
      kind: 'subject',
      subjectUscc: '914403001922038216',
      relation: '本人或近亲属经营',
      reason: '近亲属经营',
    });
    expect(unknown.ok ? null : unknown.error.message).toContain('名录库中没有统一社会信用代码为 914403001922038216');
    const recusal = await ok('inspectors.addRecusal', {
      inspectorId: wang.id,
      kind: 'subject',
      subjectUscc: '9135 0100 M000 100Y 43',
      relation: '本人或近亲属经营',
      reason: '妻弟经营',
    });
    expect(recusal).toMatchObject({ subjectName: '王一妻弟的超市', relation: '本人或近亲属经营', endedAt: null });
    const again = await call('inspectors.addRecusal', {
      inspectorId: wang.id,
      kind: 'subject',
      subjectUscc: '91350100M000100Y43',
      relation: '原工作单位',
      reason: '重复登记',
    });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    await ok('inspectors.addRecusal', {
      inspectorId: wang.id,
      kind: 'region',
      regionCode: '150222',
      relation: '所在区域回避',
      reason: '家在本镇',
    });
    expect((await ok('inspectors.list', {}))[0]?.recusalCount).toBe(2);
    await ok('inspectors.endRecusal', { id: recusal.id, reason: '妻弟已转让该店' });
    const detail = await ok('inspectors.get', { id: wang.id });
    expect(detail.recusals).toHaveLength(2);
    expect(detail.recusals.find((r) => r.id === recusal.id)).toMatchObject({ endReason: '妻弟已转让该店' });
    expect(detail.inspector.recusalCount).toBe(1);
    const methods = office.t.core.db
      .select()
      .from(auditLog)
      .all()
      .map((a) => a.method);
    expect(methods).toEqual(expect.arrayContaining(['inspectors.addRecusal', 'inspectors.endRecusal']));
  });

  it('imports a sheet, upserting by certificate number, and explains bad rows', async () => {
    const file = path.join(office.t.dir, 'inspectors.xlsx');
    await writeWorkbook(file, [
      {
        name: '人员',
        rows: [
          ['执法人员名录'],
          ['姓名', '部门', '执法证号', '有效期至', '专业特长'],
          ['王一', '市场监管', 'NM1501001', '2028-12-31', '食品；特种设备'],
          ['李二', '卫健', 'NM1501002', '2027/6/30', ''],
          ['张三', '不存在的局', 'NM1501003', '2027-01-01', ''],
          ['赵四', '税务', 'NM1501004', '明年', ''],
          ['王一', '市场监管', 'NM1501001', '2028-12-31', ''],
        ],
      },
    ]);
    const preview = await ok('inspectors.importPreview', {
      upload: upload(office.t.core, file),
    });
    expect(preview.counts).toEqual({ total: 5, fresh: 2, changed: 0, unchanged: 0, invalid: 3 });
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [5, '所属部门'],
      [6, '执法证有效期至'],
      [7, '执法证号'],
    ]);
    await ok('inspectors.importCommit', { token: preview.token, mode: 'valid' });
    const list = await ok('inspectors.list', {});
    expect(list.find((i) => i.name === '王一')?.expertise).toBe('食品、特种设备');
    expect(list.find((i) => i.name === '李二')?.departmentName).toBe('县卫生健康委员会');
  });
});

describe('inspector history', () => {
  it('keeps every change, old → new, from forms and imports', async () => {
    const wang = await create({ name: '王一', certNo: 'NM1501001', certValidTo: '2028-12-31' });
    await ok('inspectors.update', {
      id: wang.id,
      name: '王一',
      departmentId: 1,
      certNo: 'NM1501001',
      certValidTo: '2030-12-31',
      position: '科长',
    });
    const file = path.join(office.t.dir, 'again.xlsx');
    await writeWorkbook(file, [
      {
        name: 'S',
        rows: [
          ['姓名', '部门', '执法证号', '有效期至'],
          ['王一', '卫健', 'NM1501001', '2030-12-31'],
        ],
      },
    ]);
    const p = await ok('inspectors.importPreview', { upload: upload(office.t.core, file) });
    expect(p.counts.changed).toBe(1);
    await ok('inspectors.importCommit', { token: p.token, mode: 'valid' });
    const { history } = await ok('inspectors.get', { id: wang.id });
    expect(
      history.map((h) => [h.source, h.changes.map((c) => `${c.label}:${String(c.old)}→${String(c.new)}`)]),
    ).toEqual([
      ['import', ['所属部门:1→17', '职务:科长→']],
      ['manual', ['执法证有效期至:2028-12-31→2030-12-31', '职务:→科长']],
      ['manual', []],
    ]);
  });
});

describe('experts', () => {
  it('are kept apart from officers', async () => {
    const e = await ok('experts.create', {
      name: '周工',
      organisation: '包头市特种设备检验所',
      orgType: '检测机构',
      field: '压力容器',
    });
    expect((await ok('experts.list', { q: '特种设备' })).map((x) => x.id)).toEqual([e.id]);
    expect(await ok('inspectors.list', {})).toEqual([]);
    // A category the list does not have, as a hand-made request could send: the contract's check refuses it.
    const bad = await callUnchecked(office.t.core, withToken(office.admin), 'experts.create', {
      name: '钱工',
      organisation: '某所',
      orgType: '公司',
    });
    expect(bad.ok ? null : bad.error.message).toBe('请选择单位类别。');
    await ok('experts.update', {
      id: e.id,
      name: e.name,
      organisation: e.organisation,
      orgType: '检测机构',
      active: false,
    });
    expect(await ok('experts.list', {})).toEqual([]);
  });
});
