import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SQL } from 'drizzle-orm';
import { openDb, type Db } from '../../db/client';
import { results } from '../../db/schema';
import type { WorkCalendar } from '../../electron/core/calendar/workdays';
import {
  deadlineFlagOf,
  dueSoon,
  dueSoonWhere,
  isDueSoon,
  isOverdue,
  isPending,
  isPublished,
  isPublishedOnTime,
  isOverdueAt,
  isPublishedBy,
  isPublishedOnTimeBy,
  isSettledBy,
  isUnpublished,
  isWithheld,
  overdue,
  overdueByDepartment,
  overdueAtWhere,
  overdueWhere,
  pendingWhere,
  publishDueOf,
  publishedByWhere,
  publishedOnTimeByWhere,
  publishedOnTimeWhere,
  publishedWhere,
  RESULT_STATE_SQL,
  settledByWhere,
  todoCounts,
  unpublishedWhere,
  withheldWhere,
  type ResultState,
  type ResultStateFields,
  type SettledFields,
} from '../../electron/core/results';
import { makeTempDir } from '../support/core';

/**
 * Every state of a result in its three forms — the pure predicate, the drizzle condition and the raw SQL text — on
 * the same rows of a real database, table-driven over the edge cases; and the reads the 待办 page and the statistics
 * make of pending results served by the partial index of migration 0014.
 */

// Friday 30 October 2026; the last “due soon” day is three working days on: Wednesday 4 November.
const MARKS = { today: '2026-10-30', soon: '2026-11-04' };
const MONTH_END = '2026-10-31';

type Row = ResultStateFields & SettledFields;

interface Case {
  name: string;
  row: Row;
  /** The states the row is in, measured on MARKS (the states “by a day” on MONTH_END). */
  states: ResultState[];
}

const pending = (publishDue: string): Row => ({
  publishedOn: null,
  withheldReason: null,
  withheldOn: null,
  publishDue,
});
const publishedOn = (publishedOn: string, publishDue: string): Row => ({
  publishedOn,
  withheldReason: null,
  withheldOn: null,
  publishDue,
});
const withheldOn = (withheldOn: string, publishDue: string): Row => ({
  publishedOn: null,
  withheldReason: '涉及国家秘密',
  withheldOn,
  publishDue,
});

const CASES: Case[] = [
  { name: 'due yesterday', row: pending('2026-10-29'), states: ['pending', 'unpublished', 'overdue', 'overdueAt'] },
  {
    name: 'due today (still in time)',
    row: pending('2026-10-30'),
    states: ['pending', 'unpublished', 'dueSoon', 'overdueAt'],
  },
  { name: 'due on Saturday', row: pending('2026-10-31'), states: ['pending', 'unpublished', 'dueSoon'] },
  { name: 'due on the last soon day', row: pending('2026-11-04'), states: ['pending', 'unpublished', 'dueSoon'] },
  { name: 'due the day after', row: pending('2026-11-05'), states: ['pending', 'unpublished'] },
  { name: 'due long ago', row: pending('2026-01-05'), states: ['pending', 'unpublished', 'overdue', 'overdueAt'] },
  {
    name: 'published on time',
    row: publishedOn('2026-10-20', '2026-10-22'),
    states: ['published', 'settledBy', 'publishedBy', 'publishedOnTime', 'publishedOnTimeBy'],
  },
  {
    name: 'published on its deadline day',
    row: publishedOn('2026-10-22', '2026-10-22'),
    states: ['published', 'settledBy', 'publishedBy', 'publishedOnTime', 'publishedOnTimeBy'],
  },
  {
    name: 'published late',
    row: publishedOn('2026-10-28', '2026-10-22'),
    states: ['published', 'settledBy', 'publishedBy'],
  },
  {
    name: 'published after the month ended',
    row: publishedOn('2026-11-02', '2026-11-20'),
    states: ['published', 'publishedOnTime'],
  },
  {
    name: 'published after the month ended, late',
    row: publishedOn('2026-11-02', '2026-10-20'),
    states: ['published', 'overdueAt'],
  },
  {
    name: 'withheld past its deadline',
    row: withheldOn('2026-10-02', '2026-10-01'),
    states: ['withheld', 'unpublished', 'settledBy'],
  },
  {
    name: 'withheld, due soon',
    row: withheldOn('2026-10-29', '2026-11-02'),
    states: ['withheld', 'unpublished', 'settledBy'],
  },
  // Withheld after the month ended: still owed to the public as the month ended (overdue then), not dealt with.
  {
    name: 'withheld after the month ended',
    row: withheldOn('2026-11-03', '2026-10-15'),
    states: ['withheld', 'unpublished', 'overdueAt'],
  },
];

const PREDICATES: Record<ResultState, (r: Row) => boolean> = {
  pending: isPending,
  withheld: isWithheld,
  published: isPublished,
  unpublished: isUnpublished,
  overdue: (r) => isOverdue(r, MARKS.today),
  dueSoon: (r) => isDueSoon(r, MARKS),
  settledBy: (r) => isSettledBy(r, MONTH_END),
  publishedBy: (r) => isPublishedBy(r, MONTH_END),
  overdueAt: (r) => isOverdueAt(r, MONTH_END),
  publishedOnTime: isPublishedOnTime,
  publishedOnTimeBy: (r) => isPublishedOnTimeBy(r, MONTH_END),
};

const CONDITIONS: Record<ResultState, () => SQL> = {
  pending: pendingWhere,
  withheld: withheldWhere,
  published: publishedWhere,
  unpublished: unpublishedWhere,
  overdue: () => overdueWhere(MARKS.today),
  dueSoon: () => dueSoonWhere(MARKS),
  settledBy: () => settledByWhere(MONTH_END),
  publishedBy: () => publishedByWhere(MONTH_END),
  overdueAt: () => overdueAtWhere(MONTH_END),
  publishedOnTime: publishedOnTimeWhere,
  publishedOnTimeBy: () => publishedOnTimeByWhere(MONTH_END),
};

const STATES = Object.keys(RESULT_STATE_SQL) as ResultState[];

let dir: string;
let db: Db;
const idOf = new Map<string, number>();

beforeAll(() => {
  dir = makeTempDir();
  db = openDb(dir);
  // The rows stand alone: the states read only the result's own columns, so no task, subject or item is made.
  db.$client.pragma('foreign_keys = OFF');
  CASES.forEach((c, i) => {
    const row = db
      .insert(results)
      .values({
        taskId: 1,
        subjectId: i + 1,
        itemId: 1,
        departmentId: 1 + (i % 2),
        categories: ['01'],
        resultDate: '2026-09-01',
        method: '实地核查',
        status: c.row.publishedOn ? 'approved' : 'entered',
        publishedOn: c.row.publishedOn,
        withheldReason: c.row.withheldReason,
        withheldOn: c.row.withheldOn,
        publishDue: c.row.publishDue,
        enteredBy: '测试',
      })
      .returning({ id: results.id })
      .get();
    idOf.set(c.name, row.id);
  });
});

afterAll(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(STATES)('the %s state', (state) => {
  const expected = CASES.filter((c) => c.states.includes(state)).map((c) => c.name);

  it('holds for exactly its cases as a predicate', () => {
    expect(CASES.filter((c) => PREDICATES[state](c.row)).map((c) => c.name)).toEqual(expected);
  });

  it('selects the same rows as a drizzle condition', () => {
    const ids = db.select({ id: results.id }).from(results).where(CONDITIONS[state]()).all();
    expect(names(ids.map((r) => r.id))).toEqual(expected);
  });

  it('selects the same rows as raw SQL', () => {
    const ids = db.$client
      .prepare(`SELECT r.id FROM results r WHERE ${RESULT_STATE_SQL[state]} ORDER BY r.id`)
      .pluck()
      .all({ ...MARKS, end: MONTH_END }) as number[];
    expect(names(ids)).toEqual(expected);
  });
});

const names = (ids: number[]): string[] => CASES.filter((c) => ids.includes(idOf.get(c.name) ?? 0)).map((c) => c.name);

describe('deadline flags', () => {
  it.each(CASES)('$name', (c) => {
    const flag = deadlineFlagOf(c.row, MARKS);
    expect(flag).toBe(c.states.includes('overdue') ? 'overdue' : c.states.includes('dueSoon') ? 'dueSoon' : null);
  });
});

describe('the publication deadline', () => {
  // 2026's National Day week: 1–7 October off, Saturday 10 October worked (调休).
  const byResultDate = (publishWithin: number) =>
    ({ publishBasis: 'resultDate', publishWithin, publishWithinAfterEnd: 10 }) as const;
  const calendar: WorkCalendar = {
    years: new Set([2026]),
    days: new Map<string, 'holiday' | 'workday'>([
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, 'holiday'] as [string, 'holiday']),
      ['2026-10-10', 'workday'],
    ]),
  };

  it.each([
    ['a Monday, over one weekend', '2026-03-02', 5, '2026-03-09'],
    ['a Friday: the weekend is not counted', '2026-03-06', 1, '2026-03-09'],
    ['a Saturday: counted from Monday', '2026-03-07', 1, '2026-03-09'],
    ['before the holiday week, with its make-up Saturday', '2026-09-30', 3, '2026-10-10'],
    ['20 working days over the holiday week', '2026-09-25', 20, '2026-10-29'],
  ])('from %s', (_name, resultDate, within, due) => {
    expect(publishDueOf(calendar, byResultDate(within), { resultDate, periodEnd: resultDate })).toBe(due);
  });

  it('refuses, naming the year to add, when the deadline runs past the calendar', () => {
    const from = { resultDate: '2026-12-20', periodEnd: '2026-12-20' };
    expect(() => publishDueOf(calendar, byResultDate(20), from)).toThrow(/2027 年/);
  });

  it('from the end of the inspection (GY): the same result is due on another day than from its own date (LY)', () => {
    const basis = { resultDate: '2026-03-02', periodEnd: '2026-03-20' };
    const gy = { publishBasis: 'inspectionEnd', publishWithin: 20, publishWithinAfterEnd: 10 } as const;
    expect(publishDueOf(calendar, byResultDate(20), basis)).toBe('2026-03-30');
    expect(publishDueOf(calendar, gy, basis)).toBe('2026-04-03');
    // A visit after the period's end counts from its own date: no result is due before it exists.
    expect(publishDueOf(calendar, gy, { resultDate: '2026-03-23', periodEnd: '2026-03-20' })).toBe('2026-04-06');
  });
});

describe('the partial index on pending deadlines', () => {
  /** The plan of every statement a read prepares, run through the real reads with a recording prepare. */
  function plansOf(read: () => unknown): string[] {
    const client = db.$client;
    const texts: string[] = [];
    const prepare = client.prepare.bind(client);
    client.prepare = (source: string) => {
      texts.push(source);
      return prepare(source);
    };
    try {
      read();
    } finally {
      client.prepare = prepare;
    }
    const bind = { ...MARKS, start: '2026-01-01', end: '2026-12-31', departmentId: 0, inspectorId: 0, limit: 10 };
    return texts
      .filter((t) => /FROM results r/.test(t))
      .map((t) =>
        (client.prepare(`EXPLAIN QUERY PLAN ${t}`).all(bind) as { detail: string }[]).map((p) => p.detail).join('; '),
      );
  }

  it.each([
    ['the 待办 overdue list', () => overdue(db, MARKS, {}, 10)],
    ['the 待办 due-soon list', () => dueSoon(db, MARKS, {}, 10)],
    ['the 待办 counts of a department', () => todoCounts(db, MARKS, { departmentId: 1 })],
    [
      'the statistics’ overdue per department',
      () => overdueByDepartment(db, { start: '2026-01-01', end: '2026-12-31', departmentId: 0 }, MARKS.today),
    ],
  ])('serves %s', (_name, read) => {
    const plans = plansOf(read);
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan).toMatch(/results_pending_due_idx/);
  });

  it('serves the drizzle overdue and due-soon conditions', () => {
    for (const where of [overdueWhere(MARKS.today), dueSoonWhere(MARKS)]) {
      const query = db.select({ id: results.id }).from(results).where(where).toSQL();
      const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
      expect(plan.map((p) => p.detail).join('; ')).toMatch(/results_pending_due_idx/);
    }
  });

  it('counts the cases as the states do', () => {
    const counts = todoCounts(db, MARKS, {});
    expect(counts.overdue).toBe(CASES.filter((c) => c.states.includes('overdue')).length);
    expect(counts.dueSoon).toBe(CASES.filter((c) => c.states.includes('dueSoon')).length);
  });
});
