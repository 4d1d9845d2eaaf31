import { describe, expect, it } from 'vitest';
import { logIn } from '../support/core';
import { officeForEachTest } from '../support/office';
import { plannedTaskFields, twoItems } from '../support/draws';

const office = officeForEachTest();
const { ok, refusal } = office;
const task = plannedTaskFields;

/** Moves the clock to a day (10:00 in Beijing) and logs in again. */
async function on(day: string): Promise<void> {
  office.t.clock.set(new Date(`${day}T02:00:00Z`));
  office.admin = await logIn(office.t.core);
}

/** A published plan with one task, and the clock on Monday 11 May 2026. */
async function publishedPlan() {
  const { general, key } = await twoItems(office.t.core, office.admin, 5);
  const { id: planId } = await ok('plans.create', { year: 2026, departmentId: 1, name: '计划' });
  const { id: taskId } = await ok('plans.saveTask', { planId, fields: task([general, key]) });
  await ok('plans.publish', { id: planId, approvedOn: '2026-03-02', publishedOn: '2026-03-02' });
  await on('2026-05-11');
  const adjust = (filedOn: string) => ({
    planId,
    taskId,
    fields: task([general, key], { periodEnd: '2026-11-30' }),
    adjustment: { reason: '检查期间顺延', filedOn },
  });
  return { planId, adjust };
}

describe('plan adjustments (issue 16 point 12)', () => {
  it('refuses a 报备 date that does not exist, lies in the future or precedes the published plan', async () => {
    const { adjust } = await publishedPlan();
    expect(await refusal('plans.saveTask', adjust('2026-05-12'))).toContain('晚于今天（2026-05-11）');
    expect(await refusal('plans.saveTask', adjust('2026-02-27'))).toContain('早于计划发布日期 2026-03-02');
    expect(await refusal('plans.saveTask', adjust('2026-02-30'))).toContain('不是有效日期');
    await ok('plans.saveTask', adjust('2026-05-11'));
  });

  it('warns on the plan and on 待办 when a filed adjustment is not published within 5 working days', async () => {
    const { planId, adjust } = await publishedPlan();
    await ok('plans.saveTask', adjust('2026-05-11'));
    const late = (w: string) => w.includes('报备') && w.includes('5 个工作日内');
    // Five working days after Monday 11 May is Monday 18 May: on that day it is not late yet.
    await on('2026-05-18');
    expect((await ok('plans.get', { id: planId })).warnings.filter(late)).toEqual([]);
    expect((await ok('todo.counts', {})).adjustmentsLate).toEqual([]);
    await on('2026-05-19');
    expect((await ok('plans.get', { id: planId })).warnings.filter(late)).toEqual([
      '任务“餐饮单位联合检查”的调整已于 2026-05-11 报备，应在 5 个工作日内（最迟 2026-05-18）发布，目前仍未发布。',
    ]);
    expect((await ok('todo.counts', {})).adjustmentsLate).toEqual([
      expect.objectContaining({ planId, filedOn: '2026-05-11', publishBy: '2026-05-18' }),
    ]);
    // Published, the warning goes.
    await ok('plans.publish', { id: planId, publishedOn: '2026-05-19' });
    expect((await ok('todo.counts', {})).adjustmentsLate).toEqual([]);
    expect((await ok('plans.get', { id: planId })).warnings.filter(late)).toEqual([]);
  });
});
