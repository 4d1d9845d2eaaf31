import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { results } from '../../../db/schema';
import { subjectNames } from '../subjects';
import { tasksByIds } from '../tasks';

/** How other areas reach results: by id, by task and subject, or as the context a list of their own rows shows. */

export type ResultRow = typeof results.$inferSelect;

/** One result as stored, or undefined. */
export const findResult = (db: ReadableDb, id: number): ResultRow | undefined =>
  db.select().from(results).where(eq(results.id, id)).get();

/**
 * The ids of the results of a task and/or a subject, as a subquery another area filters its own rows by (follow-ups
 * of a task): the whole task may hold tens of thousands, so they are never read out. Undefined when neither is given.
 */
export function resultIdsWhere(db: ReadableDb, of: { taskId?: number; subjectId?: number }) {
  const where: SQL[] = [];
  if (of.taskId) where.push(eq(results.taskId, of.taskId));
  if (of.subjectId) where.push(eq(results.subjectId, of.subjectId));
  if (where.length === 0) return undefined;
  return db
    .select({ id: results.id })
    .from(results)
    .where(and(...where));
}

/** What a list of follow-ups or credit proposals shows of each one's result: its task, subject, item and problems. */
export function resultBriefs(db: ReadableDb, ids: number[]) {
  const unique = [...new Set(ids)];
  const rows = db
    .select({
      id: results.id,
      taskId: results.taskId,
      subjectId: results.subjectId,
      itemId: results.itemId,
      problems: results.problems,
    })
    .from(results)
    .where(inArray(results.id, unique.length > 0 ? unique : [0]))
    .all();
  // The tasks and the subjects' names, read through their areas in one statement each.
  const tasks = tasksByIds(
    db,
    rows.map((r) => r.taskId),
  );
  const names = subjectNames(
    db,
    rows.map((r) => r.subjectId),
  );
  return new Map(
    rows.flatMap((r) => {
      const task = tasks.get(r.taskId);
      const subjectName = names.get(r.subjectId);
      if (!task || subjectName === undefined) return [];
      const { id, taskId, subjectId, itemId, problems } = r;
      return [[id, { id, taskId, taskName: task.name, subjectId, subjectName, itemId, problems }] as const];
    }),
  );
}

/** Every result of some of a task's subjects, by subject and item (the 检查结果告知书). */
export const resultsOfSubjects = (db: ReadableDb, taskId: number, subjectIds: number[]): ResultRow[] =>
  db
    .select()
    .from(results)
    .where(and(eq(results.taskId, taskId), inArray(results.subjectId, subjectIds)))
    .orderBy(asc(results.subjectId), asc(results.itemId))
    .all();
