import { describe, expect, it } from 'vitest';
import { withToken } from '../support/core';
import { officeForEachTest } from '../support/office';
import { downloadedPdf, joined } from '../support/pdf';
import { lockedTask } from '../support/results';

const office = officeForEachTest();
const ok = office.ok;

/** A 专项 task on the key item over every retail subject (100 %), drawn, locked and matched. */
async function specialTask(itemId: number, name: string, periodStart: string, periodEnd: string) {
  const { id } = await ok('tasks.createSpecial', {
    reason: '节前食品安全专项',
    teamSize: 2,
    fields: {
      name,
      itemIds: [itemId],
      leadDepartmentId: 17,
      scope: { industryCode: 'F52' },
      ratios: { mode: 'all', all: 100 },
      periodStart,
      periodEnd,
      mode: '现场',
    },
  });
  const open = await ok('draws.open', { taskId: id });
  await ok('draws.run', { drawId: open.id, witnesses: [{ name: '王见证', value: '20260901' }] });
  await ok('draws.lock', { drawId: open.id });
  await ok('draws.match', { taskId: id });
  return id;
}

describe('可合并检查 (issue 16, point 7)', () => {
  it('lists the subjects two overlapping locked tasks both drew, and prints one notice naming both', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    // Overlaps 2026-04-01…10-31 in September and October; the other one starts after it ends.
    const overlapping = await specialTask(items.key, '节前卫生专项检查', '2026-09-01', '2026-12-31');
    await specialTask(items.key, '年末卫生专项检查', '2026-11-01', '2026-12-31');

    const visits = await ok('draws.jointVisits', { taskId });
    expect(visits.map((v) => v.subjectId).sort()).toEqual(drawn.map((s) => s.subjectId).sort());
    expect(new Set(visits.map((v) => v.other.taskId))).toEqual(new Set([overlapping]));
    const first = visits.find((v) => v.subjectId === drawn[0]!.subjectId)!;
    expect(first).toMatchObject({ from: '2026-09-01', to: '2026-10-31', other: { taskName: '节前卫生专项检查' } });
    expect(first.team).toEqual(drawn[0]!.team.map((m) => m.name));
    expect(first.other.team.length).toBe(2);
    // The other task sees the same pair from its side.
    const back = await ok('draws.jointVisits', { taskId: overlapping });
    expect(back.filter((v) => v.other.taskId === taskId)).toHaveLength(drawn.length);

    const subject = drawn[0]!;
    const pdf = await ok('documents.notices', { taskId, subjectIds: [subject.subjectId], jointWith: overlapping });
    const facts = downloadedPdf(office.t.core, pdf.download, office.t.dir, 'joint.pdf');
    const text = joined(facts.text);
    // Two tasks' items and teams may run onto a second page of the one notice.
    expect(facts.pageCount).toBeLessThanOrEqual(2);
    expect(text).toContain(joined('根据“零售店联合检查”和“节前卫生专项检查”工作安排'));
    expect(text).toContain('2026年9月1日至2026年10月31日');
    for (const name of [...first.team, ...first.other.team]) expect(text).toContain(name);
    const codes = [
      ...(await ok('codes.ofTask', { taskId })),
      ...(await ok('codes.ofTask', { taskId: overlapping })),
    ].filter((c) => c.subjectId === subject.subjectId);
    expect(codes).toHaveLength(2);
    for (const c of codes) expect(text).toContain(c.code);

    const later = (await ok('tasks.list', {})).find((t) => t.name === '年末卫生专项检查')!;
    const refused = await office.t.core.call(withToken(office.admin), 'documents.notices', {
      taskId,
      jointWith: later.id,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(refused.ok ? '' : refused.error.message).toContain('没有可合并检查的对象');
  });
});
