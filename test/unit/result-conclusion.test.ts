import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { followUps, results } from '../../db/schema';
import {
  CONCLUDED_BY_SQL,
  foundProblem,
  isConcludedBy,
  problemCodesOf,
  type FollowUpDates,
} from '../../electron/core/results';
import { makeTempDir } from '../support/core';

/**
 * 完结 in its two forms — the pure isConcludedBy the monthly report runs per result, and the SQL the summary and a
 * task's progress run — on the same rows of a real database, over the edge cases, measured at the end of October.
 */
const END = '2026-10-31';

interface Case {
  name: string;
  categories: string[];
  publishedOn?: string;
  withheldOn?: string;
  followUps: FollowUpDates[];
  concluded: boolean;
}

const CASES: Case[] = [
  { name: 'no problem, published', categories: ['01'], publishedOn: '2026-10-20', followUps: [], concluded: true },
  { name: 'no problem, not yet published', categories: ['01'], followUps: [], concluded: false },
  {
    name: 'no problem, published after the month',
    categories: ['01'],
    publishedOn: '2026-11-02',
    followUps: [],
    concluded: false,
  },
  { name: 'problem, no follow-up', categories: ['06'], publishedOn: '2026-10-20', followUps: [], concluded: false },
  {
    name: 'problem, follow-up finished',
    categories: ['06'],
    publishedOn: '2026-10-20',
    followUps: [{ decidedOn: '2026-10-21', closedOn: '2026-10-30' }],
    concluded: true,
  },
  {
    name: 'problem, follow-up finished on the last day',
    categories: ['02', '06'],
    publishedOn: '2026-10-20',
    followUps: [{ decidedOn: '2026-10-21', closedOn: END }],
    concluded: true,
  },
  {
    name: 'problem, follow-up finished after the month',
    categories: ['06'],
    publishedOn: '2026-10-20',
    followUps: [{ decidedOn: '2026-10-21', closedOn: '2026-11-03' }],
    concluded: false,
  },
  {
    name: 'problem, follow-up open',
    categories: ['06'],
    publishedOn: '2026-10-20',
    followUps: [{ decidedOn: '2026-10-21', closedOn: null }],
    concluded: false,
  },
  {
    name: 'problem, follow-up decided after the month',
    categories: ['06'],
    publishedOn: '2026-10-20',
    followUps: [{ decidedOn: '2026-11-02', closedOn: '2026-11-02' }],
    concluded: false,
  },
  {
    name: 'problem, one finished and one open',
    categories: ['05'],
    publishedOn: '2026-10-20',
    followUps: [
      { decidedOn: '2026-10-21', closedOn: '2026-10-22' },
      { decidedOn: '2026-10-23', closedOn: null },
    ],
    concluded: false,
  },
  {
    name: 'problem, finished, a later one decided after the month',
    categories: ['05'],
    publishedOn: '2026-10-20',
    followUps: [
      { decidedOn: '2026-10-21', closedOn: '2026-10-22' },
      { decidedOn: '2026-11-05', closedOn: null },
    ],
    concluded: true,
  },
  {
    name: 'problem, withheld in the month, finished',
    categories: ['06'],
    withheldOn: '2026-10-25',
    followUps: [{ decidedOn: '2026-10-21', closedOn: '2026-10-30' }],
    concluded: true,
  },
  {
    name: 'problem, withheld after the month, finished',
    categories: ['06'],
    withheldOn: '2026-11-01',
    followUps: [{ decidedOn: '2026-10-21', closedOn: '2026-10-30' }],
    concluded: false,
  },
  {
    name: 'no problem, follow-up open',
    categories: ['01'],
    publishedOn: '2026-10-20',
    followUps: [{ decidedOn: '2026-10-21', closedOn: null }],
    concluded: false,
  },
];

let dir: string;
let db: Db;
const idOf = new Map<string, number>();

beforeAll(() => {
  dir = makeTempDir();
  db = openDb(dir);
  // The rows stand alone: 完结 reads the result, its follow-ups and the category list only.
  db.$client.pragma('foreign_keys = OFF');
  CASES.forEach((c, i) => {
    const { id } = db
      .insert(results)
      .values({
        taskId: 1,
        subjectId: i + 1,
        itemId: 1,
        departmentId: 1,
        categories: c.categories,
        resultDate: '2026-10-12',
        method: '实地核查',
        status: 'approved',
        publishedOn: c.publishedOn ?? null,
        withheldReason: c.withheldOn ? '涉及国家秘密' : null,
        withheldOn: c.withheldOn ?? null,
        publishDue: '2026-11-09',
        enteredBy: '测试',
      })
      .returning({ id: results.id })
      .get();
    idOf.set(c.name, id);
    for (const f of c.followUps)
      db.insert(followUps)
        .values({
          resultId: id,
          measure: '01',
          departmentId: 1,
          decidedOn: f.decidedOn,
          dueOn: '2026-12-31',
          status: f.closedOn ? 'closed' : 'open',
          closedOn: f.closedOn,
          createdBy: '测试',
        })
        .run();
  });
});

afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('完结', () => {
  const expected = CASES.filter((c) => c.concluded).map((c) => c.name);

  it('holds for exactly its cases as a predicate', () => {
    const problems = problemCodesOf(db);
    const concluded = CASES.filter((c) =>
      isConcludedBy(
        {
          publishedOn: c.publishedOn ?? null,
          withheldOn: c.withheldOn ?? null,
          problem: foundProblem(c.categories, problems),
        },
        c.followUps,
        END,
      ),
    );
    expect(concluded.map((c) => c.name)).toEqual(expected);
  });

  it('selects the same results as SQL', () => {
    const ids = db.$client
      .prepare(`SELECT r.id FROM results r WHERE ${CONCLUDED_BY_SQL} ORDER BY r.id`)
      .pluck()
      .all({ end: END }) as number[];
    expect(CASES.filter((c) => ids.includes(idOf.get(c.name) ?? 0)).map((c) => c.name)).toEqual(expected);
  });
});
