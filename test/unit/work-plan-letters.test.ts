import { describe, expect, it } from 'vitest';
import { logIn, withToken } from '../support/core';
import { officeForEachTest } from '../support/office';
import { downloadedPdf, joined } from '../support/pdf';
import { cleanEntry, lockedTask } from '../support/results';

const office = officeForEachTest();
const ok = office.ok;

/** A problem result on the first drawn subject's general item, entered on 2026-10-15 (clock on 2 November). */
async function problemResult() {
  const locked = await lockedTask(office.t.core, office.admin);
  office.t.clock.set(new Date('2026-11-02T02:00:00Z'));
  office.admin = await logIn(office.t.core);
  const subject = locked.drawn[0]!;
  const { result } = await ok('results.enter', {
    ...cleanEntry(locked.taskId, subject.subjectId, locked.items.general, '2026-10-15'),
    categories: ['06'],
    problems: '销售超过保质期的预包装食品',
  });
  return { ...locked, subject, resultId: result.id };
}

describe('抽查工作方案 (issue 16, point 24)', () => {
  it('states the task’s items, scope, ratios, period, mode and the matched teams', async () => {
    const { taskId, drawn } = await lockedTask(office.t.core, office.admin);
    const pdf = await ok('documents.workPlan', { taskId });
    const facts = downloadedPdf(office.t.core, pdf.download, office.t.dir, 'plan.pdf');
    const text = joined(facts.text);
    expect(pdf.fileName).toBe('零售店联合检查-抽查工作方案.pdf');
    expect(facts.pageCount).toBe(pdf.pages);
    expect(text).toContain(joined('“零售店联合检查”抽查工作方案'));
    for (const item of ['食品经营检查', '公共场所卫生检查']) expect(text).toContain(item);
    expect(text).toContain('抽查依据');
    expect(text).toContain(joined('行业代码 F52 范围内'));
    expect(text).toContain(joined('A 类 10%，B 类 20%，C 类 30%，D 类 50%'));
    expect(text).toContain(joined(`已随机抽取检查对象 ${drawn.length} 户`));
    expect(text).toContain('2026年4月1日至2026年10月31日');
    expect(text).toContain('现场检查');
    // Every officer on a team is named in the plan's team table.
    for (const member of drawn.flatMap((s) => s.team)) expect(text).toContain(member.name);
    expect(text).toContain('固阳县市场监督管理局');
  });
});

describe('抄告函 and 移送函 (issue 16, point 25)', () => {
  it('writes a 抄告函 to the responsible department with the subject, the problem and the legal basis', async () => {
    const { resultId, subject } = await problemResult();
    const follow = await ok('followups.create', { resultId, measure: '05', departmentId: 17, dueOn: '2026-11-30' });
    const pdf = await ok('documents.followUpLetter', { followUpId: follow.id });
    const text = joined(downloadedPdf(office.t.core, pdf.download, office.t.dir, 'copy.pdf').text);
    expect(pdf.fileName).toBe(`抄告函-${subject.name}.pdf`);
    expect(text).toContain('抄告函');
    expect(text).toContain(joined('固阳县卫生健康委员会：'));
    expect(text).toContain(joined(subject.name));
    expect(text).toContain('销售超过保质期的预包装食品');
    expect(text).toContain('发现问题待后续处理');
    expect(text).toContain('抽查依据：依据');
    expect(text).toContain('现将有关情况抄告你单位');
  });

  it('writes a 移送函 to the named judicial authority, asking for one when the department is the sender', async () => {
    const { resultId } = await problemResult();
    const follow = await ok('followups.create', { resultId, measure: '04', departmentId: 1, dueOn: '2026-11-30' });
    const unnamed = await office.t.core.call(withToken(office.admin), 'documents.followUpLetter', {
      followUpId: follow.id,
    });
    expect(unnamed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(unnamed.ok ? '' : unnamed.error.message).toContain('请填写收函单位');
    const pdf = await ok('documents.followUpLetter', { followUpId: follow.id, recipient: '固阳县公安局' });
    const text = joined(downloadedPdf(office.t.core, pdf.download, office.t.dir, 'transfer.pdf').text);
    expect(text).toContain('移送函');
    expect(text).toContain('固阳县公安局：');
    expect(text).toContain('移送你单位');
  });

  it('refuses a letter for a follow-up whose measure is neither 抄告 nor 移送', async () => {
    const { resultId } = await problemResult();
    const follow = await ok('followups.create', { resultId, measure: '01', departmentId: 17, dueOn: '2026-11-30' });
    const refused = await office.t.core.call(withToken(office.admin), 'documents.followUpLetter', {
      followUpId: follow.id,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(refused.ok ? '' : refused.error.message).toContain('不需要发函');
  });
});
