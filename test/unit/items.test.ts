import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { officeForEachTest } from '../support/office';
import { upload } from '../support/subjects';
import { writeWorkbook } from '../support/xlsx';

const office = officeForEachTest();
const { ok } = office;

const call = office.result;
const general: MethodInput<'items.create'> = {
  code: 'SCJG-001',
  departmentId: 1,
  name: '食品经营者经营条件检查',
  basis: '《中华人民共和国食品安全法》第三十三条',
  methods: ['实地核查'],
  category: 'general',
  ratioCap: 5,
  frequencyCap: 1,
  effectiveFrom: '2026-01-01',
};

describe('item list', () => {
  it('versions every change and shows the list as of any date', async () => {
    const { id } = await ok('items.create', general);
    await ok('items.revise', {
      ...general,
      id,
      name: '食品经营者经营条件和食品安全管理检查',
      ratioCap: 8,
      effectiveFrom: '2026-06-01',
      reason: '《食品安全法》修正',
    });
    await ok('items.retire', { id, effectiveFrom: '2026-10-01', reason: '并入联合事项' });
    const names = async (asOf: string) => (await ok('items.list', { asOf })).map((i) => `${i.versionNo}:${i.name}`);
    expect(await names('2025-12-31')).toEqual([]);
    expect(await names('2026-03-01')).toEqual(['1:食品经营者经营条件检查']);
    expect(await names('2026-07-01')).toEqual(['2:食品经营者经营条件和食品安全管理检查']);
    expect(await names('2026-10-01')).toEqual([]);
    const history = await ok('items.history', { id });
    expect(history.map((h) => [h.versionNo, h.status, h.reason])).toEqual([
      [3, 'retired', '并入联合事项'],
      [2, 'active', '《食品安全法》修正'],
      [1, 'active', '新增'],
    ]);
  });

  it('enforces caps on general items, none on key items, and a reason for each change', async () => {
    const noCap = await call('items.create', { ...general, ratioCap: null });
    expect(noCap.ok ? null : noCap.error.message).toContain('抽查比例上限');
    const tooHigh = await call('items.create', { ...general, frequencyCap: 13 });
    expect(tooHigh.ok).toBe(false);
    const key = await ok('items.create', {
      ...general,
      code: 'SCJG-002',
      category: 'key',
      ratioCap: null,
      frequencyCap: null,
    });
    const [item] = await ok('items.list', {
      asOf: '2026-02-01',
      category: 'key',
    });
    expect(item).toMatchObject({ category: 'key', ratioCap: null });
    const noReason = await call('items.retire', { id: key.id, effectiveFrom: '2026-03-01', reason: '' });
    expect(noReason.ok ? null : noReason.error.message).toBe('请写明修订或废止的原因（立改废释）。');
    const backdated = await call('items.retire', { id: key.id, effectiveFrom: '2025-03-01', reason: '试图倒填日期' });
    expect(backdated.ok ? null : backdated.error.message).toContain('不能早于上一版本的生效日期');
  });

  it('imports a department list by code: new items, new versions for changes, unchanged ones left alone', async () => {
    await ok('items.create', { ...general, effectiveFrom: '2026-01-01' });
    const file = path.join(office.t.dir, 'items.xlsx');
    await writeWorkbook(file, [
      {
        name: '事项清单',
        rows: [
          ['事项编码', '抽查主体', '事项名称', '抽查依据', '抽查方式', '事项类别', '抽查比例上限', '抽查频次上限'],
          [
            'SCJG-001',
            '市场监管',
            '食品经营者经营条件检查',
            '《中华人民共和国食品安全法》第三十三条',
            '实地核查',
            '一般',
            '5%',
            1,
          ],
          ['SCJG-003', '市场监管', '特种设备使用单位检查', '《特种设备安全法》', '实地核查；书面检查', '重点', '', ''],
          ['WJ-001', '卫健', '公共场所卫生检查', '《公共场所卫生管理条例》', '现场检查', '一般', 10, 2],
          ['WJ-002', '卫健', '无依据事项', '', '实地核查', '一般', 10, 1],
          ['WJ-003', '卫健', '方式错误', '某条例', '电话抽查', '中等', 10, 1],
        ],
      },
    ]);
    const preview = await ok('items.importPreview', {
      upload: upload(office.t.core, file),
      effectiveFrom: '2026-02-01',
    });
    expect(preview.counts).toEqual({ total: 5, fresh: 2, changed: 0, unchanged: 1, invalid: 2 });
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [5, '抽查依据'],
      [6, '抽查方式'],
      [6, '事项类别'],
    ]);
    await ok('items.importCommit', { token: preview.token, mode: 'valid' });
    const list = await ok('items.list', { asOf: '2026-02-01' });
    expect(list.map((i) => i.code)).toEqual(['SCJG-001', 'SCJG-003', 'WJ-001']);
    expect(list[1]?.methods).toBe('实地核查、书面检查');
  });

  it('exports the public list as of a date', async () => {
    await ok('items.create', { ...general, basis: '=CMD|"/c calc"!A1' });
    const out = await ok('items.export', { asOf: '2026-05-01' });
    expect(out.count).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(office.t.core.files.downloadPath(out.download)!);
    const sheet = wb.getWorksheet('抽查事项清单')!;
    expect(sheet.getCell('C2').value).toBe('食品经营者经营条件检查');
    expect(sheet.getCell('D2').value).toBe('\'=CMD|"/c calc"!A1');
  });

  it('groups items of several departments into a joint item', async () => {
    const a = await ok('items.create', general);
    const b = await ok('items.create', {
      ...general,
      code: 'WJ-001',
      departmentId: 17,
      name: '餐饮服务单位卫生检查',
    });
    const sameDept = await ok('items.create', { ...general, code: 'SCJG-009' });
    const refused = await call('items.jointCreate', {
      name: '餐饮店一业一查',
      leadDepartmentId: 1,
      itemIds: [a.id, sameDept.id],
    });
    expect(refused.ok ? null : refused.error.message).toBe('联合抽查事项应包含至少两个部门的事项（一业一查）。');
    await ok('items.jointCreate', {
      name: '餐饮店一业一查',
      scene: '开办餐饮店',
      leadDepartmentId: 1,
      itemIds: [a.id, b.id],
    });
    const joints = await ok('items.jointList', {});
    expect(joints[0]).toMatchObject({ name: '餐饮店一业一查', leadDepartmentName: '县市场监督管理局' });
    expect(joints[0]?.items.map((i) => i.code).sort()).toEqual(['SCJG-001', 'WJ-001']);
  });
});
