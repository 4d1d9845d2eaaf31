import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { experts, inspectorChanges, inspectorRecusals, inspectors } from '../../db/schema';
import { fillDemo } from '../../electron/core/demo';
import { openTestCore, type TestCore } from '../support/core';

let t: TestCore;
afterEach(() => t.cleanup());

describe('demo officers', () => {
  it("are written as the inspectors area writes any officer: each one's history starts with its creation", async () => {
    t = openTestCore();
    const now = new Date('2026-11-02T02:00:00Z');
    t.clock.set(now);
    const report = await fillDemo(t.core, { subjects: 600, seed: 7 });
    const db = t.core.db;
    const officers = db.select({ id: inspectors.id, createdAt: inspectors.createdAt }).from(inspectors).all();
    expect(officers).toHaveLength(report.inspectors);
    for (const officer of officers) {
      const history = db.select().from(inspectorChanges).where(eq(inspectorChanges.inspectorId, officer.id)).all();
      expect(history).toEqual([
        expect.objectContaining({ source: 'demo', actorName: '演示数据', changes: [], at: officer.createdAt }),
      ]);
    }
    // The same kind of data as before: some recusals by subject, a score of experts, all on the demo's clock.
    const recusals = db.select().from(inspectorRecusals).all();
    expect(recusals.length).toBeGreaterThan(0);
    expect(recusals.every((r) => r.kind === 'subject' && r.subjectId !== null)).toBe(true);
    expect(db.select().from(experts).all()).toHaveLength(report.experts);
    expect(new Set([...officers.map((o) => o.createdAt), ...recusals.map((r) => r.createdAt)]).size).toBe(1);
  });
});
