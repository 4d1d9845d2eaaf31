import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { logIn } from '../support/core';
import { officeForEachTest } from '../support/office';
import { plannedTaskFields, twoItems } from '../support/draws';

const office = officeForEachTest();
const { ok, refusal } = office;

const items = () => twoItems(office.t.core, office.admin, 5);

const task = plannedTaskFields;

/** Moves the clock to a day (10:00 in Beijing) and logs in again: a 报备 date may not be after the office's today. */
async function on(day: string): Promise<void> {
  office.t.clock.set(new Date(`${day}T02:00:00Z`));
  office.admin = await logIn(office.t.core);
}

describe('annual plans', () => {
  it('plans a joint task, warns, publishes, and records every later change as a published adjustment', async () => {
    const { general, key } = await items();
    const { id: planId } = await ok('plans.create', {
      year: 2026,
      departmentId: 1,
      name: '2026 年市场监管局抽查计划',
    });
    const { id: taskId } = await ok('plans.saveTask', { planId, fields: task([general, key]) });

    let view = await ok('plans.get', {
      id: planId,
    });
    expect(view.tasks[0]).toMatchObject({ joint: true, departmentIds: [1, 17] });
    expect(view.warnings.some((w) => w.includes('只有 2 个部门'))).toBe(true);

    await ok('plans.publish', { id: planId, approvedOn: '2026-03-02', publishedOn: '2026-03-04' });
    expect(
      await refusal('plans.saveTask', { planId, taskId, fields: task([general, key], { frequency: 1, notes: '改' }) }),
    ).toContain('调整原因');
    await on('2026-05-06');
    await ok('plans.saveTask', {
      planId,
      taskId,
      fields: task([general, key], { periodEnd: '2026-11-30' }),
      adjustment: { reason: '春节后开工延迟，检查期间顺延一个月', filedOn: '2026-05-06' },
    });
    const plan = await ok('plans.get', { id: planId });
    expect(plan.plan).toMatchObject({ version: 1, pendingAdjustments: 1 });
    expect(plan.adjustments[0]).toMatchObject({ kind: 'modify', version: null });
    expect(plan.adjustments[0]?.changes).toEqual([
      { label: '检查期间', before: '2026-04-01 至 2026-10-31', after: '2026-04-01 至 2026-11-30' },
    ]);
    await ok('plans.publish', { id: planId, publishedOn: '2026-05-08' });
    const republished = await ok('plans.get', {
      id: planId,
    });
    expect(republished.plan.version).toBe(2);
    expect(republished.adjustments[0]?.version).toBe(2);

    // Cancelling after publication is an adjustment too, and the task stays visible as cancelled.
    await on('2026-06-01');
    await ok('plans.cancelTask', { planId, taskId, adjustment: { reason: '并入专项整治', filedOn: '2026-06-01' } });
    view = await ok('plans.get', { id: planId });
    expect((view.tasks[0] as unknown as { status: string }).status).toBe('cancelled');
  });

  it('refuses unlisted or retired items and a general item above its caps, in class D too', async () => {
    const { general, key } = await items();
    const { id: planId } = await ok('plans.create', { year: 2026, departmentId: 1, name: '计划' });
    expect(await refusal('plans.saveTask', { planId, fields: task([9999]) })).toContain('不在抽查事项清单中');
    expect(
      await refusal('plans.saveTask', { planId, fields: task([general], { ratios: { mode: 'all', all: 6 } }) }),
    ).toContain('上限为 5%');
    expect(await refusal('plans.saveTask', { planId, fields: task([general], { frequency: 2 }) })).toContain(
      '最多抽查 1 次',
    );
    expect(
      await refusal('plans.saveTask', {
        planId,
        fields: task([general], { ratios: { mode: 'byClass', A: 1, B: 2, C: 5, D: 60 } }),
      }),
    ).toContain('D 类抽查比例上限为 5%');
    await ok('plans.saveTask', { planId, fields: task([key], { ratios: { mode: 'all', all: 80 }, frequency: 4 }) });
    expect(
      await refusal('plans.saveTask', {
        planId,
        fields: task([key], { periodStart: '2027-01-01', periodEnd: '2027-02-01' }),
      }),
    ).toContain('2026 年之内');
    expect(await refusal('plans.saveTask', { planId, fields: task([key], { periodEnd: '2026-03-01' }) })).toContain(
      '结束日期',
    );
  });

  it('warns about unplanned items, missing joint work and late publication', async () => {
    await items();
    const { id: planId } = await ok('plans.create', {
      year: 2026,
      departmentId: 17,
      name: '卫健委计划',
    });
    office.t.clock.set(new Date('2026-04-15T09:00:00+08:00'));
    office.admin = await logIn(office.t.core);
    const { warnings } = await ok('plans.get', { id: planId });
    expect(warnings.join('\n')).toContain('公共场所卫生检查');
    expect(warnings.join('\n')).toContain('尚无部门联合抽查任务');
    expect(warnings.join('\n')).toContain('2026-03-31 前发布');
  });

  it('counts the 5-working-day publication window on the holiday calendar', async () => {
    const { key } = await items();
    const publishAfter = async (publishedOn: string) => {
      office.t.core.db.$client.prepare('DELETE FROM plan_tasks').run();
      office.t.core.db.$client.prepare('DELETE FROM plans').run();
      const { id } = await ok('plans.create', { year: 2026, departmentId: 17, name: '卫健委计划' });
      await ok('plans.saveTask', { planId: id, fields: task([key], { leadDepartmentId: 17 }) });
      await ok('plans.publish', { id, approvedOn: '2026-09-28', publishedOn });
      return (await ok('plans.get', { id })).warnings.join('\n');
    };
    // Approved on Monday 28 September: 29, 30 September, 8, 9 October and the make-up Saturday 10 October.
    expect(await publishAfter('2026-10-10')).not.toContain('5 个工作日');
    expect(await publishAfter('2026-10-12')).toContain('最迟 2026-10-10');
  });

  it('exports the plan and its adjustments as a workbook', async () => {
    const { general, key } = await items();
    const { id: planId } = await ok('plans.create', {
      year: 2026,
      departmentId: 1,
      name: '2026 年市场监管局抽查计划',
    });
    await ok('plans.saveTask', { planId, fields: task([general, key], { notes: '=HYPERLINK("x")' }) });
    const { download } = await ok('plans.export', { id: planId });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(office.t.core.files.downloadPath(download) ?? '');
    const sheet = book.getWorksheet('抽查计划')!;
    expect(sheet.getCell('B3').value).toBe('餐饮单位联合检查');
    expect(sheet.getCell('F3').value).toBe('部门联合');
    expect(sheet.getCell('L3').text).toBe('\'=HYPERLINK("x")');
  });
});
