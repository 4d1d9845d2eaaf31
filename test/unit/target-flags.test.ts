import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { subjects } from '../../db/schema';
import { verifyExported } from '../../electron/core/draws';
import type { ExportedDraw } from '../../electron/core/draws/result';
import { monthlyFigures } from '../../electron/core/reports/figures';
import { countyWithTask, testUscc } from '../support/draws';
import { officeForEachTest } from '../support/office';
import { upload } from '../support/subjects';
import { writeWorkbook } from '../support/xlsx';

// Issue 16 point 5: besides the 3-year penalty, verified complaints, the 经营异常名录 and 严重违法失信 records mark a
// subject as targeted (SH: 提高抽查比例和频次); which flags form the targeted stratum is the task's setting, recorded
// in the draw.
const office = officeForEachTest();
const { ok } = office;
const differenceOf = (verdict: ReturnType<typeof verifyExported>) => (verdict.ok ? '' : verdict.difference);

describe('the targeting flags on subjects', () => {
  it('reads them from the headers an office uses, and exports them in columns that re-import', async () => {
    const file = path.join(office.t.dir, 'flags.xlsx');
    await writeWorkbook(file, [
      {
        name: '名录',
        rows: [
          ['名称', '统一社会信用代码', '投诉举报', '异常名录', '失信', '行政处罚'],
          ['甲商店', testUscc(1), '是', '否', '否', '否'],
          ['乙商店', testUscc(2), '否', '是', '是', '否'],
          ['丙商店', testUscc(3), '否', '否', '否', '是'],
        ],
      },
    ]);
    const preview = await ok('subjects.importPreview', { upload: upload(office.t.core, file) });
    await ok('subjects.importCommit', { token: preview.token, mode: 'valid' });
    const rows = office.t.core.db.select().from(subjects).all();
    const flags = (n: number) => {
      const r = rows.find((s) => s.uscc === testUscc(n))!;
      return [r.complaintVerified, r.abnormal, r.seriousIllegal, r.penalized3y];
    };
    expect([flags(1), flags(2), flags(3)]).toEqual([
      [true, false, false, false],
      [false, true, true, false],
      [false, false, false, true],
    ]);
    // The list filters by the new flag, and the export writes it under the template's header.
    expect((await ok('subjects.list', { complaintVerified: true })).rows.map((r) => r.name)).toEqual(['甲商店']);
    const { download } = await ok('subjects.export', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(office.t.core.files.downloadPath(download)!);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const column = header.indexOf('投诉举报经核实');
    expect(column).toBeGreaterThan(0);
    const byName = new Map<string, unknown>();
    sheet.eachRow((row, n) => n > 1 && byName.set(row.getCell(2).text, row.getCell(column).value));
    expect(Object.fromEntries(byName)).toEqual({ 甲商店: '是', 乙商店: '否', 丙商店: '否' });
  });
});

describe('which flags form the targeted stratum', () => {
  it('draws exactly the subjects with any named flag apart, records the flags, and the record verifies', async () => {
    const { subjectIds, planId } = await countyWithTask(office.t.core, office.admin);
    // The 40 subjects cycle through classes A, B, C, D (index 0 is A). Counted by hand:
    //   abnormal: 0 (A), 1 (B), 2 (C)      → P
    //   complaint: 3 (D)                    → stays in D (targeted class-D subjects stay in D)
    //   complaint: 5 (B); both flags: 6 (C) → P
    //   penalised only: 8 (A); 严重违法失信 only: 9 (B) → not named, stay in their class
    // so P holds subjects 0, 1, 2, 5, 6: five.
    const set = (column: string, indexes: number[]) =>
      office.t.core.db.$client
        .prepare(`UPDATE subjects SET ${column} = 1 WHERE id IN (${indexes.map((i) => subjectIds[i]).join(',')})`)
        .run();
    set('abnormal', [0, 1, 2, 6]);
    set('complaint_verified', [3, 5, 6]);
    set('penalized_3y', [8]);
    set('serious_illegal', [9]);

    const items = office.t.core.db.$client.prepare('SELECT id FROM check_items ORDER BY id').pluck().all() as number[];
    const plan = await ok('plans.create', { year: 2027, departmentId: 1, name: '重点对象计划' });
    const planned = await ok('plans.saveTask', {
      planId: plan.id,
      fields: {
        name: '重点对象检查',
        itemIds: items,
        leadDepartmentId: 1,
        scope: { industryCode: 'F52' },
        ratios: { mode: 'all', all: 10, penalized: 40, targetFlags: ['abnormal', 'complaintVerified'] },
        periodStart: '2027-04-01',
        periodEnd: '2027-10-31',
        mode: '现场',
      },
    });
    // The task states the flags in their canonical order.
    const saved = (await ok('plans.get', { id: plan.id })).tasks[0]!;
    expect(saved.ratios).toEqual({
      mode: 'all',
      all: 10,
      penalized: 40,
      targetFlags: ['complaintVerified', 'abnormal'],
    });
    await ok('plans.publish', { id: plan.id, approvedOn: '2026-03-02', publishedOn: '2026-03-02' });
    expect(planId).not.toBe(plan.id);
    const created = await ok('tasks.createFromPlan', { planTaskId: planned.id, teamSize: 2 });
    const task = await ok('tasks.get', { id: created.id });
    expect(task.ratios).toMatchObject({ targetFlags: ['complaintVerified', 'abnormal'] });

    const open = await ok('draws.open', { taskId: task.id });
    expect(open.counting.map((c) => [c.stratum, c.size, c.count])).toEqual([
      ['A', 9, 1],
      ['B', 8, 1],
      ['C', 8, 1],
      ['D', 10, 1],
      ['P', 5, 2],
    ]);
    await ok('draws.run', { drawId: open.id, witnesses: [{ name: '李监督', value: '20260415' }] });
    await ok('draws.lock', { drawId: open.id });
    const { download } = await ok('draws.export', { taskId: task.id });
    const file = JSON.parse(fs.readFileSync(office.t.core.files.downloadPath(download)!, 'utf8')) as ExportedDraw & {
      draw: { parameters: { poolFormation: Record<string, unknown> } };
    };
    expect([...file.draw.pool.P].sort((a, b) => a - b)).toEqual([0, 1, 2, 5, 6].map((i) => subjectIds[i]));
    expect(file.draw.parameters.poolFormation).toEqual({
      scope: { industryCode: 'F52' },
      penalizedApart: true,
      targetFlags: ['complaintVerified', 'abnormal'],
      excluded: { frequencyCap: 0 },
    });
    expect(verifyExported(file)).toMatchObject({ ok: true });
    // The monthly report's planned-ratio cell calls the stratum 重点 when other flags than the penalty form it.
    expect(monthlyFigures(office.t.core.db, '2027-10').rows.find((r) => r.taskId === task.id)?.plannedRatio).toBe(
      '10%/重点40%',
    );

    // The flags are under the seed: changing, adding or dropping one is found.
    const tampered = structuredClone(file);
    tampered.draw.parameters.poolFormation.targetFlags = ['penalized3y', 'complaintVerified', 'abnormal'];
    expect(differenceOf(verifyExported(tampered))).toContain('draw.seed');
    const dropped = structuredClone(file);
    delete dropped.draw.parameters.poolFormation.targetFlags;
    expect(differenceOf(verifyExported(dropped))).toContain('draw.seed');
    // One set of flags has one spelling, and only a stratum drawn apart names them; unknown flags are refused.
    const reordered = structuredClone(file);
    reordered.draw.parameters.poolFormation.targetFlags = ['abnormal', 'complaintVerified'];
    expect(differenceOf(verifyExported(reordered))).toContain('draw.parameters.poolFormation.targetFlags: 应按');
    const notApart = structuredClone(file);
    notApart.draw.parameters.poolFormation.penalizedApart = false;
    expect(differenceOf(verifyExported(notApart))).toContain('P 层未单列');
    const unknown = structuredClone(file);
    (unknown.draw.parameters.poolFormation as Record<string, unknown>).targetFlags = ['blacklisted'];
    expect(differenceOf(verifyExported(unknown))).toContain('draw.parameters.poolFormation.targetFlags.0');

    // The public form names the task's flags but no subject's: no pool, no strata, the drawn list sorted.
    const pub = await ok('draws.export', { taskId: task.id, public: true });
    const form = JSON.parse(fs.readFileSync(office.t.core.files.downloadPath(pub.download)!, 'utf8')) as Record<
      string,
      unknown
    > & { drawn: number[] };
    expect(form.pool).toBeUndefined();
    expect(form.result).toBeUndefined();
    expect(form.drawn).toEqual([...form.drawn].sort((a, b) => a - b));
  });

  it('keeps the penalty flag alone as the default, and old records without the field still verify', async () => {
    const { subjectIds } = await countyWithTask(office.t.core, office.admin);
    office.t.core.db.$client
      .prepare(`UPDATE subjects SET abnormal = 1 WHERE id IN (${subjectIds.slice(0, 4).join(',')})`)
      .run();
    office.t.core.db.$client
      .prepare(`UPDATE subjects SET penalized_3y = 1 WHERE id IN (${subjectIds.slice(4, 8).join(',')})`)
      .run();
    const items = office.t.core.db.$client.prepare('SELECT id FROM check_items ORDER BY id').pluck().all() as number[];
    const { id: taskId } = await ok('tasks.createSpecial', {
      reason: '投诉集中反映的问题',
      fields: {
        name: '受罚对象回访检查',
        itemIds: items,
        leadDepartmentId: 1,
        ratios: { mode: 'all', all: 10, penalized: 100 },
        periodStart: '2026-05-01',
        periodEnd: '2026-06-30',
        mode: '现场',
      },
    });
    expect((await ok('tasks.get', { id: taskId })).ratios).toEqual({ mode: 'all', all: 10, penalized: 100 });
    const open = await ok('draws.open', { taskId });
    // Subjects 4–7 are penalised (classes A, B, C, D): three in P, the D one in D; the abnormal ones stay put.
    expect(open.counting.find((c) => c.stratum === 'P')?.size).toBe(3);
    await ok('draws.run', { drawId: open.id, witnesses: [{ name: '李监督', value: '7' }] });
    await ok('draws.lock', { drawId: open.id });
    expect(monthlyFigures(office.t.core.db, '2026-06').rows.find((r) => r.taskId === taskId)?.plannedRatio).toBe(
      '10%/受罚100%',
    );
    const { download } = await ok('draws.export', { taskId });
    const file = JSON.parse(fs.readFileSync(office.t.core.files.downloadPath(download)!, 'utf8')) as ExportedDraw;
    expect(file.draw.parameters.poolFormation).toMatchObject({ penalizedApart: true, targetFlags: ['penalized3y'] });
    expect(verifyExported(file)).toMatchObject({ ok: true });

    // Every vector shipped before the field (and the record exported before ssj-draw/2) verifies unchanged.
    const old = path.join(__dirname, '../fixtures/draws/export-before-cert-number.json');
    expect(verifyExported(JSON.parse(fs.readFileSync(old, 'utf8')))).toMatchObject({ ok: true });
    const vector = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../docs/draw-vectors/empty-and-full-strata.json'), 'utf8'),
    ) as { document: unknown };
    expect(verifyExported(vector.document)).toMatchObject({ ok: true });
  });
});

describe('marking a flag from a list (the 经营异常名录 as the provincial system sends it)', () => {
  it('adds the flag to the listed subjects only, or makes the directory match the list, each change in the history', async () => {
    for (let n = 1; n <= 4; n += 1)
      await ok('subjects.create', { uscc: testUscc(n), name: `第${n}商店`, abnormal: n === 4 });
    const file = path.join(office.t.dir, 'abnormal.xlsx');
    // The provincial export: a title, its own columns, USCCs in a column headed 统一社会信用代码/注册号.
    await writeWorkbook(file, [
      {
        name: '经营异常名录',
        rows: [
          ['经营异常名录（2026 年 11 月）'],
          ['序号', '企业名称', '统一社会信用代码/注册号', '列入日期', '列入原因'],
          [1, '第一商店', testUscc(1), '2026-11-02', '未按规定公示年度报告'],
          [2, '第二商店', testUscc(2), '2026-11-03', '通过登记的住所无法联系'],
          [3, '外县企业', testUscc(99), '2026-11-03', '未按规定公示年度报告'],
          [4, '坏代码', '91350100M000100Y44', '2026-11-04', ''],
        ],
      },
    ]);
    const flagged = () =>
      office.t.core.db
        .select()
        .from(subjects)
        .all()
        .filter((s) => s.abnormal)
        .map((s) => s.name)
        .sort();
    const added = await ok('subjects.flagListPreview', {
      upload: upload(office.t.core, file),
      flag: 'abnormal',
      mode: 'add',
    });
    // The preview writes nothing.
    expect(flagged()).toEqual(['第4商店']);
    expect(added).toMatchObject({ listed: 3, matched: 2, set: 2, cleared: 0, invalid: 1, notFound: 1 });
    expect(added.notFoundSample).toEqual([testUscc(99)]);
    await ok('subjects.flagListCommit', { token: added.token });
    expect(flagged()).toEqual(['第1商店', '第2商店', '第4商店']);

    // 以名单为准: subject 4, no longer on the list, is cleared; the others keep every other field.
    const replaced = await ok('subjects.flagListPreview', {
      upload: upload(office.t.core, file),
      flag: 'abnormal',
      mode: 'replace',
    });
    expect(replaced).toMatchObject({ set: 0, cleared: 1 });
    await ok('subjects.flagListCommit', { token: replaced.token });
    expect(flagged()).toEqual(['第1商店', '第2商店']);
    const fourth = office.t.core.db
      .select()
      .from(subjects)
      .all()
      .find((s) => s.name === '第4商店')!;
    const { history } = await ok('subjects.get', { id: fourth.id });
    expect(history[0]).toMatchObject({ source: 'import', changes: [{ field: 'abnormal', old: true, new: false }] });
  });
});
