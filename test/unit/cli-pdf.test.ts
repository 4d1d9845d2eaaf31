import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestCore, setUpOffice, withToken, type TestCore } from '../support/core';
import { runCli } from '../support/cli';
import { joined, readPdf } from '../support/pdf';
import { lockedTask } from '../support/results';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.cleanup());

const cli = (...args: string[]) => runCli(t.dir, ...args);

describe('CLI: pdf', () => {
  // Ten child processes, each starting tsx and opening the core: a few seconds apiece on a busy two-core machine.
  it('prints the latest county plan with no argument, a task’s notices and draw record; usage errors exit 64', async () => {
    const token = await setUpOffice(t.core);
    const { taskId } = await lockedTask(t.core, token);
    const out = (name: string) => path.join(t.dir, 'out', name);

    // Only a department's plan so far: the county plan is asked for and named as missing.
    const noCounty = cli('pdf', 'plan', '--out', out('plan.pdf'));
    expect(noCounty.code).toBe(1);
    expect(noCounty.err + noCounty.out).toContain('县级抽查计划');
    await expectOk(t.core, withToken(token), 'plans.create', {
      year: 2026,
      departmentId: null,
      name: '2026年固阳县部门联合抽查工作计划',
    });
    await expectOk(t.core, withToken(token), 'plans.create', { year: 2025, departmentId: null, name: '2025年旧计划' });
    t.core.close();

    const county = cli('pdf', 'plan', '--out', out('plan.pdf'));
    expect(county).toMatchObject({ code: 0 });
    expect(joined(readPdf(out('plan.pdf')).text)).toContain('2026年固阳县部门联合抽查工作计划');
    expect(cli('pdf', 'plan', '--year', '2026', '--dept', 'SCJG', '--out', out('dept.pdf')).code).toBe(0);
    expect(readPdf(out('dept.pdf')).text).toContain('2026 年抽查计划');

    const notice = cli('pdf', 'notice', '--task', String(taskId), '--out', out('notice.pdf'));
    expect(notice.code).toBe(0);
    const pages = readPdf(out('notice.pdf')).pageCount;
    expect(notice.out).toContain(`${pages} 页`);
    expect(cli('pdf', 'draw', '--task', String(taskId), '--out', out('draw.pdf')).code).toBe(0);
    expect(readPdf(out('draw.pdf')).text).toContain('抽取记录');
    expect(cli('pdf', 'workplan', '--task', String(taskId), '--out', out('work.pdf')).code).toBe(0);
    expect(joined(readPdf(out('work.pdf')).text)).toContain('抽查工作方案');
    expect(cli('pdf', 'followup', '--followup', '999', '--out', out('f.pdf')).code).toBe(1);

    const nothingPublished = cli('pdf', 'results', '--task', String(taskId), '--out', out('results.pdf'));
    expect(nothingPublished.code).toBe(1);
    expect(nothingPublished.err + nothingPublished.out).toContain('已公示');
    expect(cli('pdf', 'draw', '--out', out('draw.pdf')).code).toBe(64);
    expect(cli('pdf', 'notice', '--task', 'abc', '--out', out('n.pdf')).code).toBe(64);
    expect(cli('pdf', 'notice', '--task', String(taskId)).code).toBe(64);
  }, 120_000);
});
