import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { checkItems, checkItemVersions, draws, drawSubjects, followUps, results, tasks } from '../../../db/schema';
import { addDays } from '../dates';
import { ids, nameBook } from '../plans/store';
import { categoriesOf, measuresOf } from '../results/lists';

/**
 * The figures of the 月报表 and of the dashboard, from one place so the screen and the report never disagree.
 *
 * A report for month M counts, for every locked task of the year that started by the end of M, the state at the
 * end of M (本年累计): a subject is 已检查 when all its items in the row have a result formed by then, 已公示 when
 * all those results were published (or withheld as the law requires) by then, 完结 when it is published and no
 * follow-up on it was still open then. A joint task is one row; a task of one department gives a row per item.
 */
export interface ReportRow {
  taskId: number;
  name: string;
  joint: boolean;
  special: boolean;
  key: boolean;
  leadDepartment: string;
  departments: string;
  poolSize: number;
  drawn: number;
  checked: number;
  published: number;
  unpublished: number;
  /** Subjects per result category code (a subject counts once per category). */
  categories: Record<string, number>;
  /** Follow-ups per measure code. */
  measures: Record<string, number>;
  closed: number;
}

export interface MonthlyFigures {
  year: number;
  month: number;
  monthEnd: string;
  rows: ReportRow[];
  categories: { code: string; name: string }[];
  measures: { code: string; name: string }[];
  /** The month's joint inspections: tasks whose period meets the month, and the departments they involve. */
  joint: { tasks: number; departments: number };
  /** 一、制度机制建设情况 as far as the data shows it. */
  lists: { items: number; subjects: number; inspectors: number };
}

const lastDayOf = (year: number, month: number): string =>
  addDays(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`, -1);

interface SubjectState {
  expected: number;
  entered: number;
  published: number;
  categories: Set<string>;
  openFollowUps: number;
}

/** Counts one row: the subjects whose drawn items meet `items`, and their state at the month's end. */
function countRow(
  drawn: { subjectId: number; itemIds: number[] }[],
  items: Set<number>,
  resultsBySubject: Map<number, (typeof results.$inferSelect)[]>,
  followUpsByResult: Map<number, { measure: string; open: boolean }[]>,
) {
  const row = {
    drawn: 0,
    checked: 0,
    published: 0,
    closed: 0,
    categories: {} as Record<string, number>,
    measures: {} as Record<string, number>,
  };
  for (const subject of drawn) {
    const expected = subject.itemIds.filter((i) => items.has(i));
    if (expected.length === 0) continue;
    row.drawn += 1;
    const own = (resultsBySubject.get(subject.subjectId) ?? []).filter((r) => items.has(r.itemId));
    const state: SubjectState = {
      expected: expected.length,
      entered: own.length,
      published: 0,
      categories: new Set(),
      openFollowUps: 0,
    };
    for (const r of own) {
      if (r.publishedOn !== null || r.withheldReason !== null) state.published += 1;
      for (const code of JSON.parse(r.categories) as string[]) state.categories.add(code);
      for (const f of followUpsByResult.get(r.id) ?? []) {
        row.measures[f.measure] = (row.measures[f.measure] ?? 0) + 1;
        if (f.open) state.openFollowUps += 1;
      }
    }
    for (const code of state.categories) row.categories[code] = (row.categories[code] ?? 0) + 1;
    const checked = state.entered === state.expected;
    const published = checked && state.published === state.expected;
    if (checked) row.checked += 1;
    if (published) row.published += 1;
    if (published && state.openFollowUps === 0) row.closed += 1;
  }
  return row;
}

export function monthlyFigures(db: Db, month: string, departmentId?: number): MonthlyFigures {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const monthStart = `${month}-01`;
  const monthEnd = lastDayOf(year, m);
  const names = nameBook(db);
  const itemInfo = new Map(
    db
      .select({ id: checkItems.id, departmentId: checkItems.departmentId, category: checkItemVersions.category })
      .from(checkItems)
      .innerJoin(
        checkItemVersions,
        sql`${checkItemVersions.id} = (SELECT max(v.id) FROM ${checkItemVersions} v WHERE v.item_id = ${checkItems.id})`,
      )
      .all()
      .map((i) => [i.id, i]),
  );
  const lockedTasks = db
    .select({ task: tasks, drawId: draws.id, poolSize: draws.poolSize })
    .from(tasks)
    .innerJoin(draws, and(eq(draws.taskId, tasks.id), eq(draws.status, 'locked')))
    .where(and(eq(tasks.year, year), lte(tasks.periodStart, monthEnd)))
    .orderBy(tasks.id)
    .all()
    .filter(({ task }) => departmentId === undefined || ids(task.departmentIds).includes(departmentId));

  const rows: ReportRow[] = [];
  const jointDepartments = new Set<number>();
  let jointTasks = 0;
  for (const { task, drawId, poolSize } of lockedTasks) {
    const departmentIds = ids(task.departmentIds);
    const joint = departmentIds.length > 1;
    if (joint && task.periodStart <= monthEnd && task.periodEnd >= monthStart) {
      jointTasks += 1;
      departmentIds.forEach((d) => jointDepartments.add(d));
    }
    const drawn = db
      .select({ subjectId: drawSubjects.subjectId, itemIds: drawSubjects.itemIds })
      .from(drawSubjects)
      .where(eq(drawSubjects.drawId, drawId))
      .all()
      .map((d) => ({ subjectId: d.subjectId, itemIds: ids(d.itemIds) }));
    const taskResults = db
      .select()
      .from(results)
      .where(and(eq(results.taskId, task.id), lte(results.resultDate, monthEnd)))
      .all()
      // As the month ended: a publication after it had not happened yet.
      .map((r) => ({ ...r, publishedOn: r.publishedOn !== null && r.publishedOn <= monthEnd ? r.publishedOn : null }));
    const resultsBySubject = new Map<number, typeof taskResults>();
    for (const r of taskResults) resultsBySubject.set(r.subjectId, [...(resultsBySubject.get(r.subjectId) ?? []), r]);
    const followUpsByResult = new Map<number, { measure: string; open: boolean }[]>();
    const resultIds = taskResults.map((r) => r.id);
    for (const f of resultIds.length === 0
      ? []
      : db.select().from(followUps).where(inArray(followUps.resultId, resultIds)).all()) {
      if (f.createdAt.slice(0, 10) > monthEnd) continue;
      const open = f.closedOn === null || f.closedOn > monthEnd;
      followUpsByResult.set(f.resultId, [...(followUpsByResult.get(f.resultId) ?? []), { measure: f.measure, open }]);
    }
    const taskItems = ids(task.itemIds);
    const groups = joint ? [taskItems] : taskItems.map((i) => [i]);
    for (const group of groups) {
      const counted = countRow(drawn, new Set(group), resultsBySubject, followUpsByResult);
      rows.push({
        taskId: task.id,
        name: joint ? `${task.name}（${group.map(names.item).join('、')}）` : names.item(group[0] ?? 0),
        joint,
        special: task.kind === 'special',
        key: group.some((i) => itemInfo.get(i)?.category === 'key'),
        leadDepartment: names.department(task.leadDepartmentId),
        departments: departmentIds
          .filter((d) => d !== task.leadDepartmentId)
          .map(names.department)
          .join('、'),
        poolSize,
        ...counted,
        unpublished: counted.checked - counted.published,
      });
    }
  }
  const count = (table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    year,
    month: m,
    monthEnd,
    rows,
    categories: categoriesOf(db).map(({ code, name }) => ({ code, name })),
    measures: measuresOf(db)
      .filter((x) => !x.none)
      .map(({ code, name }) => ({ code, name })),
    joint: { tasks: jointTasks, departments: jointDepartments.size },
    lists: { items: count('check_items'), subjects: count('subjects'), inspectors: count('inspectors') },
  };
}
