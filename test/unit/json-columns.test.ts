import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draws, drawSubjects, results, tasks } from '../../db/schema';
import { canonical } from '../../electron/core/canonical';
import { fillDemo } from '../../electron/core/demo';
import { drawnItemIdsOf } from '../../electron/core/draws';
import { categoryCodesOf } from '../../electron/core/results';
import { taskDepartmentIdsOf } from '../../electron/core/tasks';
import { openTestCore, type TestCore } from '../support/core';

let t: TestCore;
beforeAll(async () => {
  t = openTestCore();
  t.clock.set(new Date('2026-11-02T02:00:00Z'));
  await fillDemo(t.core, { subjects: 600, seed: 7 });
});
afterAll(() => t.cleanup());

/** A column's stored text per row id, as a raw prepared statement (a hot path) reads it. */
const rawTexts = (sql: string): Map<number, string> =>
  new Map(t.core.db.$client.prepare<[], [number, string]>(sql).raw(true).all());

/**
 * JSON columns are declared in drizzle's JSON mode: a drizzle read gets them parsed and typed, a raw read gets the
 * text and decodes it with the owning area's named reader. Both must give the same value, and the stored text must
 * be what it always was (the audit's row digests hash it).
 */
describe('JSON columns', () => {
  it("read raw through the owning area's reader give what a drizzle read gives", () => {
    const db = t.core.db;
    const categories = rawTexts('SELECT id, categories FROM results');
    const resultRows = db.select({ id: results.id, categories: results.categories }).from(results).all();
    expect(resultRows.length).toBeGreaterThan(0);
    for (const r of resultRows) expect(categoryCodesOf(categories.get(r.id) ?? '')).toEqual(r.categories);

    const departments = rawTexts('SELECT id, department_ids FROM tasks');
    const taskRows = db.select({ id: tasks.id, departmentIds: tasks.departmentIds }).from(tasks).all();
    expect(taskRows.some((r) => r.departmentIds.length > 1)).toBe(true);
    for (const r of taskRows) expect(taskDepartmentIdsOf(departments.get(r.id) ?? '')).toEqual(r.departmentIds);

    const items = rawTexts('SELECT rowid, item_ids FROM draw_subjects');
    const drawnRows = db.select({ itemIds: drawSubjects.itemIds }).from(drawSubjects).all();
    expect([...items.values()].map(drawnItemIdsOf)).toEqual(drawnRows.map((r) => r.itemIds));
  });

  it('store the text a JSON.stringify of the value gives, and the witnesses as canonical JSON', () => {
    const db = t.core.db;
    const texts = rawTexts('SELECT id, categories FROM results');
    for (const r of db.select({ id: results.id, categories: results.categories }).from(results).all())
      expect(texts.get(r.id)).toBe(JSON.stringify(r.categories));
    const witnesses = rawTexts("SELECT id, witnesses FROM draws WHERE status <> 'open'");
    const drawn = db.select({ id: draws.id, witnesses: draws.witnesses }).from(draws).all();
    expect(drawn.some((d) => d.witnesses.length > 0)).toBe(true);
    for (const d of drawn) if (witnesses.has(d.id)) expect(witnesses.get(d.id)).toBe(canonical(d.witnesses));
  });
});
