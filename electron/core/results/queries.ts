import { and, asc, desc, eq } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { draws, drawSubjects, inspectionCodes, results, resultVersions, subjects, tasks } from '../../../db/schema';
import { notFound } from '../errors';
import { nameBook } from '../plans';
import { officersOf } from '../codes';
import { categoriesOf } from './lists';
import { findResult } from './lookups';
import { publishedWhere } from './states';
import { categoryCodesOf, resultViewOf } from './view';

/** A result with every earlier version a correction kept, newest first. */
export function resultHistory(db: ReadableDb, id: number) {
  const row = findResult(db, id);
  if (!row) throw notFound('该检查结果');
  const versions = db
    .select()
    .from(resultVersions)
    .where(eq(resultVersions.resultId, id))
    .orderBy(desc(resultVersions.version))
    .all()
    .map(({ snapshot, ...v }) => ({
      version: v.version,
      // The snapshot keeps the categories column's text as it was: decoded as the column decodes it.
      categories: categoryCodesOf(snapshot.categories),
      resultDate: snapshot.resultDate,
      method: snapshot.method,
      description: snapshot.description,
      problems: snapshot.problems,
      enteredBy: snapshot.enteredBy,
      reason: v.reason,
      correctedBy: v.actorName,
      correctedAt: v.createdAt,
    }));
  return { result: resultViewOf(row), versions };
}

/** 归集到主体名下: every locked task that drew the subject, with its code, team and results, newest first. */
export function inspectionsOfSubject(db: ReadableDb, subjectId: number) {
  const names = nameBook(db);
  const drawnIn = db
    .select({ task: tasks })
    .from(drawSubjects)
    .innerJoin(draws, and(eq(draws.id, drawSubjects.drawId), eq(draws.status, 'locked')))
    .innerJoin(tasks, eq(tasks.id, draws.taskId))
    .where(eq(drawSubjects.subjectId, subjectId))
    .orderBy(desc(tasks.periodStart), desc(tasks.id))
    .all();
  return drawnIn.map(({ task }) => ({
    taskId: task.id,
    taskName: task.name,
    kind: task.kind,
    leadDepartment: names.department(task.leadDepartmentId),
    periodStart: task.periodStart,
    periodEnd: task.periodEnd,
    code:
      db
        .select({ code: inspectionCodes.code })
        .from(inspectionCodes)
        .where(and(eq(inspectionCodes.taskId, task.id), eq(inspectionCodes.subjectId, subjectId)))
        .get()?.code ?? null,
    team: officersOf(db, task.id, subjectId)
      .map((o) => o.name)
      .join('、'),
    results: db
      .select()
      .from(results)
      .where(and(eq(results.taskId, task.id), eq(results.subjectId, subjectId)))
      .orderBy(asc(results.itemId))
      .all()
      .map((r) => ({
        ...resultViewOf(r),
        itemName: names.item(r.itemId),
        departmentName: names.department(r.departmentId),
      })),
  }));
}

/**
 * The title of a task's 结果公示清单 (PDF title, PDF and Excel file names): the task's name and the list's name, with the
 * word they share said once — "2026年食品抽查" gives "2026年食品抽查结果公示清单", not "…抽查抽查结果公示清单".
 */
export function resultListTitle(taskName: string): string {
  const suffix = '抽查结果公示清单';
  const name = taskName.trim();
  for (let overlap = Math.min(name.length, suffix.length); overlap >= 2; overlap -= 1) {
    if (name.endsWith(suffix.slice(0, overlap))) return name + suffix.slice(overlap);
  }
  return name + suffix;
}

/** 结果公示清单: a task's published results (never those withheld), in visiting order, with category names. */
export function published(db: ReadableDb, taskId: number) {
  const names = nameBook(db);
  const categoryName = new Map(categoriesOf(db).map((c) => [c.code, c.name]));
  const rows = db
    .select({ r: results, name: subjects.name, uscc: subjects.uscc })
    .from(results)
    .innerJoin(subjects, eq(subjects.id, results.subjectId))
    .where(and(eq(results.taskId, taskId), publishedWhere()))
    .orderBy(asc(results.subjectId), asc(results.itemId))
    .all();
  return rows.map(({ r, name, uscc }) => ({
    subjectName: name,
    uscc: uscc ?? '',
    itemName: names.item(r.itemId),
    departmentName: names.department(r.departmentId),
    categories: r.categories.map((c) => categoryName.get(c) ?? c).join('；'),
    resultDate: r.resultDate,
    publishedOn: r.publishedOn ?? '',
  }));
}
