import { describe, expect, it } from 'vitest';
import { officeForEachTest } from '../support/office';
import { countyWithTask } from '../support/draws';

/**
 * What the tasks and plans areas say about a task's draw, read through the draws and tasks areas' queries (issue 15,
 * one owner per table): the task list's draw state, attempts, drawn count and match flag, and the plan's refusal to
 * cancel a planned task a task was made from.
 */
const office = officeForEachTest();
const { ok, refusal } = office;

describe('a task’s draw, as the task and the plan see it', () => {
  it('shows how far the draw has got at each step, and keeps the planned task it came from', async () => {
    const county = await countyWithTask(office.t.core, office.admin);
    const view = () => ok('tasks.get', { id: county.taskId });
    const progress = async () => {
      const { drawStatus, attempts, drawnCount, matched } = await view();
      return { drawStatus, attempts, drawnCount, matched };
    };
    expect(await progress()).toEqual({ drawStatus: 'none', attempts: 0, drawnCount: 0, matched: false });

    const open = await ok('draws.open', { taskId: county.taskId });
    expect(await progress()).toEqual({ drawStatus: 'open', attempts: 1, drawnCount: 0, matched: false });

    await ok('draws.run', { drawId: open.id, witnesses: [{ name: '李监督', value: '20260415' }] });
    const drawn = (await ok('draws.result', { taskId: county.taskId })).subjects.length;
    expect(drawn).toBeGreaterThan(0);
    expect(await progress()).toEqual({ drawStatus: 'drawn', attempts: 1, drawnCount: drawn, matched: false });

    await ok('draws.lock', { drawId: open.id });
    expect(await progress()).toEqual({ drawStatus: 'locked', attempts: 1, drawnCount: drawn, matched: false });

    await ok('draws.match', { taskId: county.taskId });
    expect(await progress()).toEqual({ drawStatus: 'locked', attempts: 1, drawnCount: drawn, matched: true });

    const [planned] = (await ok('plans.get', { id: county.planId })).tasks;
    expect(
      await refusal('plans.cancelTask', {
        planId: county.planId,
        taskId: planned?.id ?? 0,
        adjustment: { reason: '并入专项', filedOn: '2026-03-02' },
      }),
    ).toBe('任务“零售店联合检查”已据此开展抽查，不能取消。');
  });
});
