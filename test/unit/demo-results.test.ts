import { afterEach, describe, expect, it } from 'vitest';
import { fillDemo } from '../../electron/core/demo';
import { openTestCore, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t.cleanup());

describe('demo results', () => {
  it('fills the locked tasks with results around the demo day: published on time, overdue, due soon, followed up', async () => {
    t = openTestCore();
    t.clock.set(new Date('2026-11-02T02:00:00Z'));
    // Enough subjects that each locked task draws a dozen or more: the fixed rotation of fates then shows in the counts.
    const report = await fillDemo(t.core, { subjects: 2000, seed: 7 });
    expect(report.drawnTasks).toBe(2);
    expect(report.results.entered).toBeGreaterThan(0);
    expect(report.results.published).toBeGreaterThan(report.results.entered / 2);
    const client = t.core.db.$client;
    const rows = client
      .prepare(
        `SELECT r.result_date AS resultDate, r.published_on AS publishedOn, r.publish_due AS due,
                t.period_start AS periodStart, t.period_end AS periodEnd
         FROM results r JOIN tasks t ON t.id = r.task_id`,
      )
      .all() as {
      resultDate: string;
      publishedOn: string | null;
      due: string;
      periodStart: string;
      periodEnd: string;
    }[];
    expect(rows).toHaveLength(report.results.entered);
    for (const r of rows) {
      expect(r.resultDate >= r.periodStart && r.resultDate <= r.periodEnd && r.resultDate <= '2026-11-02').toBe(true);
      if (r.publishedOn) expect(r.publishedOn >= r.resultDate && r.publishedOn <= r.due).toBe(true);
    }
    const pending = rows.filter((r) => !r.publishedOn);
    expect(pending.filter((r) => r.due < '2026-11-02').length).toBeGreaterThan(0);
    expect(pending.filter((r) => r.due >= '2026-11-02' && r.due <= '2026-11-05').length).toBeGreaterThan(0);
    const follow = client.prepare('SELECT status, count(*) AS n FROM follow_ups GROUP BY status').all() as {
      status: string;
      n: number;
    }[];
    expect(follow.reduce((n, f) => n + f.n, 0)).toBe(report.results.followUps);
  });
});
