import { and, eq, lte } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { draws, tasks } from '../../../db/schema';
import { addDays } from '../dates';
import { drawnItemIdsOf } from '../draws';
import { listItems } from '../items';
import { nameBook, readRatios, type StoredRatios } from '../plans';
import {
  categoriesOf,
  categoryCodesOf,
  foundProblem,
  isConcludedBy,
  isSettledBy,
  measuresOf,
  monthEndStatements,
  problemCodesOf,
  type FollowUpDates,
} from '../results';
import { isDefaultTargetFlags } from '../subjects/target-flags.shared';
import { liveTaskWhere } from '../tasks';

/**
 * The figures of the 月报表 and of the dashboard, from one place so the screen and the report never disagree.
 *
 * A report for month M counts, for every locked task of the year that started by the end of M, the state at the
 * end of M (本年累计): a subject is 已检查 when all its items in the row have a result formed by then, 已公示 when
 * all those results were published (or withheld as the law requires) by then, 完结 when every one of those results
 * was 完结 then (isConcludedBy: a problem found needs its follow-up decided and finished by then). Follow-ups count
 * from the day they were decided. Nothing done after M changes M's figures. A joint task is one row; a task of one
 * department gives a row per item.
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
  /** The task's planned ratio as the plan wrote it: one figure, or one per credit-risk class (A1%/B2%/C3%/D10%). */
  plannedRatio: string;
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
  /**
   * The month's joint inspections: visits of a joint task (a subject) whose first result is dated in the month, and
   * the departments of the joint tasks those visits belong to.
   */
  joint: { tasks: number; departments: number };
  /**
   * 一、制度机制建设情况 as far as the data shows it: subjects in business (存续) and active officers, with the
   * directories' totals beside them.
   */
  lists: { items: number; subjects: number; subjectsAll: number; inspectors: number; inspectorsAll: number };
}

const lastDayOf = (year: number, month: number): string =>
  addDays(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`, -1);

/** A result as the report needs it: whether it was dealt with and 完结 by the month's end, its categories. */
interface FiguredResult {
  id: number;
  itemId: number;
  done: boolean;
  concluded: boolean;
  categories: string[];
}

/** A result without follow-ups (most of them): one shared empty list rather than one per result. */
const NO_FOLLOW_UPS: readonly FollowUpDates[] = [];

/** 1% / 2.5% as the plan wrote them (stored in basis points). */
const percent = (value: number): string => `${value}%`;

/**
 * The planned ratio in a report cell: 5%, or A1%/B2%/C3%/D10% when differentiated, and the targeted stratum's — 受罚
 * when formed by the penalty flag alone (as before), 重点 when the task names other flags.
 */
function plannedRatioText(stored: StoredRatios): string {
  const ratios = readRatios(stored);
  const base =
    ratios.mode === 'all'
      ? percent(ratios.all)
      : `A${percent(ratios.A)}/B${percent(ratios.B)}/C${percent(ratios.C)}/D${percent(ratios.D)}`;
  if (ratios.penalized === undefined) return base;
  return `${base}/${isDefaultTargetFlags(ratios.targetFlags) ? '受罚' : '重点'}${percent(ratios.penalized)}`;
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
  measuresByResult: Map<number, string[]>,
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
    let concluded = 0;
    seen.length = 0;
    for (const r of resultsBySubject.get(subject.subjectId) ?? []) {
      if (!items.has(r.itemId)) continue;
      entered += 1;
      if (r.done) published += 1;
      if (r.concluded) concluded += 1;
      for (const code of r.categories) if (!seen.includes(code)) seen.push(code);
      for (const measure of measuresByResult.get(r.id) ?? []) row.measures[measure] = (row.measures[measure] ?? 0) + 1;
    }
    // A subject counts once per category it was found in.
    for (const code of seen) row.categories[code] = (row.categories[code] ?? 0) + 1;
    const checked = entered === expected;
    const done = checked && published === expected;
    if (checked) row.checked += 1;
    if (done) row.published += 1;
    if (done && concluded === expected) row.closed += 1;
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
  // Most results share a handful of category lists: each is parsed, and asked whether it found a problem, once.
  const problemCodes = problemCodesOf(db);
  const parsed = new Map<string, { list: string[]; problem: boolean }>();
  const categoryList = (text: string) => {
    let known = parsed.get(text);
    if (!known) {
      const list = categoryCodesOf(text);
      parsed.set(text, (known = { list, problem: foundProblem(list, problemCodes) }));
    }
    return known;
  };
  const rows: ReportRow[] = [];
  const jointDepartments = new Set<number>();
  let jointVisits = 0;
  for (const { task, drawId, poolSize } of lockedTasks) {
    const departmentIds = task.departmentIds;
    const joint = departmentIds.length > 1;
    if (joint) {
      // 联合抽查次数: joint inspections carried out in the month, one per visit, in the month of its first result.
      const visits = statements.visits.get({ task: task.id, start: monthStart, end: monthEnd }) ?? 0;
      jointVisits += visits;
      if (visits > 0) departmentIds.forEach((d) => jointDepartments.add(d));
    }
    const drawn = statements.drawn
      .all(drawId)
      .map(([subjectId, itemIds]) => ({ subjectId, itemIds: drawnItemIdsOf(itemIds) }));
    const followUpsByResult = new Map<number, FollowUpDates[]>();
    const measuresByResult = new Map<number, string[]>();
    for (const [resultId, measure, decidedOn, closedOn] of statements.followUps.all({ task: task.id, end: monthEnd })) {
      const dates = followUpsByResult.get(resultId);
      if (dates) dates.push({ decidedOn, closedOn });
      else followUpsByResult.set(resultId, [{ decidedOn, closedOn }]);
      const measures = measuresByResult.get(resultId);
      if (measures) measures.push(measure);
      else measuresByResult.set(resultId, [measure]);
    }
    const resultsBySubject = new Map<number, FiguredResult[]>();
    for (const [id, subjectId, itemId, categories, publishedOn, withheldOn] of statements.results.all({
      task: task.id,
      end: monthEnd,
    })) {
      const { list, problem } = categoryList(categories);
      const fields = { publishedOn, withheldOn, problem };
      const result = {
        id,
        itemId,
        done: isSettledBy(fields, monthEnd),
        concluded: isConcludedBy(fields, followUpsByResult.get(id) ?? NO_FOLLOW_UPS, monthEnd),
        categories: list,
      };
      const known = resultsBySubject.get(subjectId);
      if (known) known.push(result);
      else resultsBySubject.set(subjectId, [result]);
    }
    const taskItems = task.itemIds;
    const groups = joint ? [taskItems] : taskItems.map((i) => [i]);
    const plannedRatio = plannedRatioText(task.ratios);
    for (const group of groups) {
      const counted = countRow(drawn, new Set(group), resultsBySubject, measuresByResult);
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
        plannedRatio,
        ...counted,
        unpublished: counted.checked - counted.published,
      });
    }
  }
  const count = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
  return {
    year,
    month: m,
    monthEnd,
    rows,
    categories: categoriesOf(db).map(({ code, name }) => ({ code, name })),
    measures: measuresOf(db)
      .filter((x) => !x.none)
      .map(({ code, name }) => ({ code, name })),
    joint: { tasks: jointVisits, departments: jointDepartments.size },
    lists: {
      // The items in force (not retired, already effective) on the month's end, of the department when asked.
      items: listItems(db, { asOf: monthEnd, departmentId }).length,
      subjects: count("SELECT count(*) FROM subjects WHERE reg_status = '存续'"),
      subjectsAll: count('SELECT count(*) FROM subjects'),
      inspectors: count('SELECT count(*) FROM inspectors WHERE active = 1'),
      inspectorsAll: count('SELECT count(*) FROM inspectors'),
    },
  };
}
