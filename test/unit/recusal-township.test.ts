import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyExported } from '../../electron/core/draws';
import type { ExportedDraw } from '../../electron/core/draws/result';
import {
  addressNamesTownship,
  describeRecusalRegion,
  parseRecusalRegion,
  recusalCovers,
  recusalSubject,
} from '../../electron/core/inspectors';
import type { MethodInput } from '../../electron/core/contract';
import {
  expectOk,
  messageOf,
  openTestCore,
  resultOf,
  setUpOffice,
  withToken,
  type OkCall,
  type TestCore,
} from '../support/core';
import { countyWithTask, testUscc } from '../support/draws';
import { upload } from '../support/subjects';
import { writeWorkbook } from '../support/xlsx';

/**
 * Issue 16 point 14: a region recusal below the county — a township or street by its 9-digit code (or a village by
 * 12), or by name, read from the subject's registered address. One rule (inspectors/recusal.shared.ts) for the
 * match, the form and the import.
 */

const CHENGGUAN = '150222100';
const NEXT_TOWNSHIP = '150222101';

describe('the recusal rule', () => {
  const subject = (regionCode: string, address = '') => recusalSubject(7, regionCode, address);
  const byCode = (regionCode: string) => ({ subjectKey: null, regionCode });
  const byName = (regionName: string) => ({ subjectKey: null, regionCode: null, regionName });

  it('covers a subject in the township by its 9-digit code, not one in the next township', () => {
    expect(recusalCovers(byCode(CHENGGUAN), subject('150222100201'))).toBe(true);
    expect(recusalCovers(byCode(CHENGGUAN), subject(CHENGGUAN))).toBe(true);
    expect(recusalCovers(byCode(CHENGGUAN), subject(NEXT_TOWNSHIP))).toBe(false);
    expect(recusalCovers(byCode(CHENGGUAN), subject('150222'))).toBe(false);
    // A county recusal keeps its meaning: every township of the county.
    expect(recusalCovers(byCode('150222'), subject('150222101203'))).toBe(true);
  });

  it('reads a township name from the address as its township part only', () => {
    const yes = [
      '固阳县城关镇幸福路 1 号',
      '城关镇幸福路1号',
      '内蒙古自治区包头市固阳县城关镇',
      '固阳县 城关镇',
      '包头市城关镇外环路',
    ];
    const no = ['固阳县新城关镇幸福路 1 号', '固阳县金山镇城关街 2 号', '固阳县下城关镇', ''];
    for (const address of yes) expect([address, addressNamesTownship(address, '城关镇')]).toEqual([address, true]);
    for (const address of no) expect([address, addressNamesTownship(address, '城关镇')]).toEqual([address, false]);
    expect(recusalCovers(byName('城关镇'), subject('150222', '固阳县城关镇幸福路 1 号'))).toBe(true);
    expect(recusalCovers(byName('城关镇'), subject('150222', '固阳县新城关镇幸福路 1 号'))).toBe(false);
    expect(recusalCovers(byName('东城街道'), subject('150222', '固阳县大东城街道 3 号'))).toBe(false);
    expect(recusalCovers(byName('东城街道'), subject('150222', '固阳县东城街道 3 号'))).toBe(true);
  });

  it('reads what an office writes: 6, 9 or 12 digits, or a name ending in 镇/乡/街道/苏木/办事处', () => {
    expect(parseRecusalRegion('150222100')).toEqual({ ok: true, region: { regionCode: CHENGGUAN, regionName: null } });
    expect(parseRecusalRegion(' 城关镇 ')).toEqual({ ok: true, region: { regionCode: null, regionName: '城关镇' } });
    const refused = (text: string) => {
      const parsed = parseRecusalRegion(text);
      return parsed.ok ? '' : parsed.message;
    };
    expect(refused('1502221')).toContain('9 位（乡镇街道）');
    expect(refused('城关')).toContain('应以“镇”“乡”“街道”');
    expect(refused('')).toContain('区域回避须填写');
    expect(describeRecusalRegion({ regionCode: CHENGGUAN, regionName: null })).toBe('乡镇街道 150222100');
    expect(describeRecusalRegion({ regionCode: '150222100201', regionName: null })).toBe('村社区 150222100201');
    expect(describeRecusalRegion({ regionCode: null, regionName: '城关镇' })).toBe('乡镇街道“城关镇”（按登记地址）');
  });
});

describe('township recusals through the core', () => {
  let t: TestCore;
  let admin: string;
  beforeEach(async () => {
    t = openTestCore();
    admin = await setUpOffice(t.core);
  });
  afterEach(() => t.cleanup());
  const ok: OkCall = (method, input) => expectOk(t.core, withToken(admin), method, input);
  const refusal = async (input: MethodInput<'inspectors.addRecusal'>) =>
    messageOf(await resultOf(t.core, withToken(admin), 'inspectors.addRecusal', input));

  it('the form takes a 9-digit code and a name, describes them, and refuses what the rule refuses, in its words', async () => {
    const officer = await ok('inspectors.create', {
      name: '王一',
      departmentId: 1,
      certNo: 'NM1501001',
      certValidTo: '2028-12-31',
    });
    const base = {
      inspectorId: officer.id,
      kind: 'region' as const,
      relation: '所在区域回避' as const,
      reason: '家在该镇',
    };
    const code = await ok('inspectors.addRecusal', { ...base, regionCode: CHENGGUAN });
    expect(code).toMatchObject({ regionCode: CHENGGUAN, regionName: null, regionText: '乡镇街道 150222100' });
    const name = await ok('inspectors.addRecusal', { ...base, regionName: '城关镇' });
    expect(name).toMatchObject({
      regionCode: null,
      regionName: '城关镇',
      regionText: '乡镇街道“城关镇”（按登记地址）',
    });
    const rule = (text: string) => {
      const parsed = parseRecusalRegion(text);
      return parsed.ok ? '' : parsed.message;
    };
    expect(await refusal({ ...base, regionCode: '1502221' })).toBe(rule('1502221'));
    expect(await refusal({ ...base, regionName: '城关' })).toBe(rule('城关'));
    expect(await refusal({ ...base, regionName: '城关镇' })).toContain('已有有效的回避登记');
  });

  it('imports 回避区域 (a 9-digit code and a name) with the same rule, and names a bad entry', async () => {
    const file = path.join(t.dir, 'inspectors.xlsx');
    await writeWorkbook(file, [
      {
        name: '人员',
        rows: [
          ['执法人员名录'],
          ['姓名', '部门', '执法证号', '有效期至', '回避区域'],
          ['王一', '市场监管', 'NM1501001', '2028-12-31', '150222100；城关镇'],
          ['李二', '市场监管', 'NM1501002', '2028-12-31', '城关'],
        ],
      },
    ]);
    const preview = await ok('inspectors.importPreview', { upload: upload(t.core, file) });
    expect(preview.counts).toMatchObject({ fresh: 1, invalid: 1 });
    const parsed = parseRecusalRegion('城关');
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 4, column: '回避区域', message: `回避区域：${parsed.ok ? '' : parsed.message}` }),
    ]);
    await ok('inspectors.importCommit', { token: preview.token, mode: 'valid' });
    const wang = (await ok('inspectors.list', {})).find((i) => i.name === '王一');
    const detail = await ok('inspectors.get', { id: wang?.id ?? 0 });
    expect(detail.recusals.map((r) => [r.kind, r.regionCode, r.regionName, r.relation])).toEqual(
      expect.arrayContaining([
        ['region', CHENGGUAN, null, '所在区域回避'],
        ['region', null, '城关镇', '所在区域回避'],
      ]),
    );
    // The same sheet again adds nothing: the officer already has both.
    const again = await ok('inspectors.importPreview', { upload: upload(t.core, file) });
    expect(again.counts).toMatchObject({ unchanged: 1, changed: 0 });
  });

  it('the match keeps officers off their township (by code and by name) only, records it, and verify checks it', async () => {
    const { taskId, subjectIds, officers } = await countyWithTask(t.core, admin);
    // Even subjects in 城关镇 (150222100), odd ones in the next township, whose name ends the same way.
    const inChengguan = new Set<number>();
    for (const [i, id] of subjectIds.entries()) {
      const even = i % 2 === 0;
      if (even) inChengguan.add(id);
      await ok('subjects.update', {
        id,
        uscc: testUscc(i + 1),
        name: `固阳县第${i + 1}零售店`,
        type: '企业',
        industryCode: 'F5211',
        riskClass: 'ABCD'[i % 4] ?? 'B',
        regionCode: even ? '150222100201' : NEXT_TOWNSHIP,
        address: even ? `固阳县城关镇幸福路${i}号` : `固阳县新城关镇和平路${i}号`,
      });
    }
    // Two of 市场监管's three officers: one recused by the 9-digit code, one by the name.
    const [byCodeOfficer, byNameOfficer] = officers as [number, number];
    const base = { kind: 'region' as const, relation: '所在区域回避' as const, reason: '家在城关镇' };
    await ok('inspectors.addRecusal', { ...base, inspectorId: byCodeOfficer, regionCode: CHENGGUAN });
    await ok('inspectors.addRecusal', { ...base, inspectorId: byNameOfficer, regionName: '城关镇' });

    const draw = await ok('draws.open', { taskId });
    await ok('draws.run', { drawId: draw.id, witnesses: [{ name: '李监督', value: '20260415' }] });
    await ok('draws.lock', { drawId: draw.id });
    await ok('draws.match', { taskId });
    const { download } = await ok('draws.export', { taskId });
    const file = JSON.parse(fs.readFileSync(t.core.files.downloadPath(download) ?? '', 'utf8')) as ExportedDraw;
    const match = file.match;
    if (!match) throw new Error('no match');

    const sentTo = (officer: number) => match.teams.filter((team) => team.officers.includes(officer)).map((x) => x.key);
    for (const officer of [byCodeOfficer, byNameOfficer]) {
      expect(sentTo(officer).filter((key) => inChengguan.has(key))).toEqual([]);
      expect(sentTo(officer).length).toBeGreaterThan(0); // the next township is not covered
    }
    // The record: the name recusal with its name, and every subject's address to read it from.
    expect(match.recusals).toEqual(
      expect.arrayContaining([
        { inspectorId: byCodeOfficer, subjectKey: null, regionCode: CHENGGUAN },
        { inspectorId: byNameOfficer, subjectKey: null, regionCode: null, regionName: '城关镇' },
      ]),
    );
    expect(match.subjects.every((s) => typeof s.address === 'string' && s.address.includes('城关镇'))).toBe(true);
    expect(verifyExported(file)).toMatchObject({ ok: true });

    const differenceOf = (doc: unknown) => {
      const verdict = verifyExported(doc);
      return verdict.ok ? '' : verdict.difference;
    };
    const withoutAddress = structuredClone(file);
    delete withoutAddress.match?.subjects[0]?.address;
    expect(differenceOf(withoutAddress)).toContain('subjects[0].address');
    const nameDropped = structuredClone(file);
    for (const r of nameDropped.match?.recusals ?? []) delete r.regionName;
    expect(differenceOf(nameDropped)).toContain('seed');
    const inventedKey = structuredClone(file) as unknown as { match: { recusals: Record<string, unknown>[] } };
    (inventedKey.match.recusals[0] ?? {}).township = '城关镇';
    expect(differenceOf(inventedKey)).toContain('记录格式不允许的字段 “township”');
  });
});
