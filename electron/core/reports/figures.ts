import { and, eq, lte } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { draws, tasks } from '../../../db/schema';
import { addDays } from '../dates';
import { drawnItemIdsOf } from '../draws';
import { listItems } from '../items';
import { nameBook } from '../plans';
import { categoriesOf, categoryCodesOf, measuresOf, monthEndStatements } from '../results';
import { liveTaskWhere } from '../tasks';

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

/** A result as the report needs it: whether it was published (or withheld) by the month's end, its categories. */
interface FiguredResult {
  id: number;
  itemId: number;
  done: boolean;
  categories: string[];
}

/**
 * The per-task reads, prepared once and narrow: a county-year holds 200,000 results and the report must take
 * under a second. The results and their follow-ups at the month's end are the results area's (monthEndStatements).
 */
function reportStatements(db: ReadableDb) {
  return {
    // Rows as arrays (raw): building 200,000 row objects alone costs a fifth of the budget.
    drawn: db.$client
      .prepare<[number], [number, string]>('SELECT subject_id, item_ids FROM draw_subjects WHERE draw_id = ?')
      .raw(true),
    ...monthEndStatements(db),
  };
}

/** Counts one row: the subjects whose drawn items meet `items`, and their state at the month's end. */
function countRow(
  drawn: { subjectId: number; itemIds: number[] }[],
  items: Set<number>,
  resultsBySubject: Map<number, FiguredResult[]>,
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
  // Run for every drawn subject of every task in the year: plain loops and counters, no arrays per subject.
  const seen: string[] = [];
  for (const subject of drawn) {
    let expected = 0;
    for (const i of subject.itemIds) if (items.has(i)) expected += 1;
    if (expected === 0) continue;
    row.drawn += 1;
    let entered = 0;
    let published = 0;
    let open = 0;
    seen.length = 0;
    for (const r of resultsBySubject.get(subject.subjectId) ?? []) {
      if (!items.has(r.itemId)) continue;
      entered += 1;
      if (r.done) published += 1;
      for (const code of r.categories) if (!seen.includes(code)) seen.push(code);
      for (const f of followUpsByResult.get(r.id) ?? []) {
        row.measures[f.measure] = (row.measures[f.measure] ?? 0) + 1;
        if (f.open) open += 1;
      }
    }
    // A subject counts once per category it was found in.
    for (const code of seen) row.categories[code] = (row.categories[code] ?? 0) + 1;
    const checked = entered === expected;
    const done = checked && published === expected;
    if (checked) row.checked += 1;
    if (done) row.published += 1;
    if (done && open === 0) row.closed += 1;
  }
  return row;
}

export function monthlyFigures(db: ReadableDb, month: string, departmentId?: number): MonthlyFigures {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const monthStart = `${month}-01`;
  const monthEnd = lastDayOf(year, m);
  const names = nameBook(db);
  // Whether an item was 重点 or 一般 as the month ended (the list's version in force then).
  const itemInfo = new Map(listItems(db, { asOf: monthEnd, includeRetired: true }).map((i) => [i.id, i]));
  const lockedTasks = db
    .select({ task: tasks, drawId: draws.id, poolSize: draws.poolSize })
    .from(tasks)
    .innerJoin(draws, and(eq(draws.taskId, tasks.id), eq(draws.status, 'locked')))
    .where(and(eq(tasks.year, year), lte(tasks.periodStart, monthEnd), liveTaskWhere()))
    .orderBy(tasks.id)
    .all()
    .filter(({ task }) => departmentId === undefined || task.departmentIds.includes(departmentId));

  const statements = reportStatements(db);
  // Most results share a handful of category lists: each is parsed once.
  const parsed = new Map<string, string[]>();
  const categoryList = (text: string): string[] => {
    let list = parsed.get(text);
    if (!list) parsed.set(text, (list = categoryCodesOf(text)));
    return list;
  };
  const rows: ReportRow[] = [];
  const jointDepartments = new Set<number>();
  let jointTasks = 0;
  for (const { task, drawId, poolSize } of lockedTasks) {
    const departmentIds = task.departmentIds;
    const joint = departmentIds.length > 1;
    if (joint && task.periodStart <= monthEnd && task.periodEnd >= monthStart) {
      jointTasks += 1;
      departmentIds.forEach((d) => jointDepartments.add(d));
    }
    const drawn = statements.drawn
      .all(drawId)
      .map(([subjectId, itemIds]) => ({ subjectId, itemIds: drawnItemIdsOf(itemIds) }));
    const resultsBySubject = new Map<number, FiguredResult[]>();
    for (const [id, subjectId, itemId, categories, done] of statements.results.all({ task: task.id, end: monthEnd })) {
      const result = { id, itemId, done: done === 1, categories: categoryList(categories) };
      const list = resultsBySubject.get(subjectId);
      if (list) list.push(result);
      else resultsBySubject.set(subjectId, [result]);
    }
    const followUpsByResult = new Map<number, { measure: string; open: boolean }[]>();
    for (const f of statements.followUps.all({ task: task.id, end: monthEnd })) {
      const entry = { measure: f.measure, open: f.open === 1 };
      const list = followUpsByResult.get(f.resultId);
      if (list) list.push(entry);
      else followUpsByResult.set(f.resultId, [entry]);
    }
    const taskItems = task.itemIds;
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
