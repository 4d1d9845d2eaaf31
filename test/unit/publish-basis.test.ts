import { describe, expect, it } from 'vitest';
import { logIn, okAs, withToken, refusalOf, type RefusalCall, type OkCall } from '../support/core';
import { officeForEachTest } from '../support/office';
import { downloadedPdf, joined } from '../support/pdf';
import { cleanEntry, lockedTask } from '../support/results';

const office = officeForEachTest();
const as = (token: string): { ok: OkCall; refusal: RefusalCall } => ({
  ok: okAs(office.t.core, token),
  refusal: (method, input) => refusalOf(office.t.core, withToken(token), method, input),
});
async function at(instant: Date): Promise<void> {
  office.t.clock.set(instant);
  office.admin = await logIn(office.t.core);
}

describe('the publication deadline basis (issue 16 point 13)', () => {
  it('GY counts from the end of the inspection, LY from the result date; 待办 and the overdue list follow', async () => {
    // The task runs until Saturday 31 October 2026.
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    await at(new Date('2026-11-02T02:00:00Z'));
    const { ok } = as(office.admin);
    await ok('results.enter', cleanEntry(taskId, drawn[0]!.subjectId, items.general, '2026-08-03'));
    // LY / SH (the default): 20 working days after 3 August is 31 August — overdue on 2 November.
    expect((await ok('todo.counts', {})).overdue).toBe(1);
    expect((await ok('todo.list', { kind: 'overdue' })).map((r) => r.publishDue)).toEqual(['2026-08-31']);

    // GY: 10 working days after the sampling ends (31 October) is 13 November — not overdue yet.
    const gy = { publishWithin: 20, entryWithin: 10, review: false, publishWithinAfterEnd: 10 } as const;
    const saved = await ok('results.updateRules', { ...gy, publishBasis: 'inspectionEnd' });
    expect(saved.moved).toBe(1);
    expect((await ok('todo.counts', {})).overdue).toBe(0);
    const sheet = await ok('results.sheet', { taskId });
    expect(sheet.rows.flatMap((r) => (r.result ? [r.result.publishDue] : []))).toEqual(['2026-11-13']);
    // The change is audited like any rule change.
    const audit = await ok('audit.list', { method: 'results.updateRules' });
    expect(audit.rows.map((r) => r.entityId)).toContain('results.rules');
    // The documents state the rule in force: the task's work plan says the deadline counts from the inspection's end.
    const workPlan = await ok('documents.workPlan', { taskId });
    const text = joined(downloadedPdf(office.t.core, workPlan.download, office.t.dir, 'work-plan.pdf').text);
    expect(text).toContain(joined('自抽查检查结束之日起 10 个工作日内'));
    expect(text).not.toContain(joined('自检查结果形成之日起'));

    await at(new Date('2026-11-16T02:00:00Z'));
    const later = as(office.admin);
    expect((await later.ok('todo.list', { kind: 'overdue' })).map((r) => r.publishDue)).toEqual(['2026-11-13']);
    // A new result entered under GY gets the same task-end deadline.
    await later.ok('results.enter', cleanEntry(taskId, drawn[1]!.subjectId, items.general, '2026-10-30'));
    expect((await later.ok('todo.counts', {})).overdue).toBe(2);
    expect(
      await later.refusal('results.updateRules', { ...gy, publishBasis: 'inspectionEnd', publishWithinAfterEnd: 0 }),
    ).toContain('至少 1 个工作日');
  });
});
