import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import { mergeSearchIndex, tidySearchIndex } from '../../electron/core/subjects/fts';
import { expectOk, openTestCore, setUpOffice, withToken, type TestCore } from '../support/core';

let t: TestCore | null = null;
afterEach(() => {
  vi.useRealTimers();
  t?.cleanup();
  t = null;
});

/** Whether a merge step would find work now; the step is rolled back, so asking changes nothing. */
function mergeWaiting(db: Db): boolean {
  let found = false;
  try {
    db.$client.transaction(() => {
      found = mergeSearchIndex(db);
      throw new Error('rollback');
    })();
  } catch {
    // rolled back on purpose
  }
  return found;
}

async function subjectsOneByOne(core: TestCore['core'], token: string, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1)
    await expectOk(core, withToken(token), 'subjects.create', { type: '其他', name: `第${n}号临时摊点` });
}

describe('search index upkeep', () => {
  it('merges the segments writes leave, a step at a time while the app is idle', async () => {
    vi.useFakeTimers();
    t = openTestCore();
    const admin = await setUpOffice(t.core);
    await subjectsOneByOne(t.core, admin, 12);
    expect(mergeWaiting(t.core.db)).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(mergeWaiting(t.core.db)).toBe(false);
    const found = await expectOk(t.core, withToken(admin), 'subjects.list', { q: '号临时摊' });
    expect(found.rows).toHaveLength(12);
  });

  it('stops with the core, and tidies in one go when asked (the demo does)', async () => {
    vi.useFakeTimers();
    t = openTestCore();
    const admin = await setUpOffice(t.core);
    await subjectsOneByOne(t.core, admin, 12);
    const db = t.core.db;
    expect(tidySearchIndex(db)).toBeGreaterThan(0);
    expect(tidySearchIndex(db)).toBe(0);
    expect((await expectOk(t.core, withToken(admin), 'subjects.list', { q: '号临时摊' })).rows).toHaveLength(12);
    t.core.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(db.$client.open).toBe(false);
  });
});
