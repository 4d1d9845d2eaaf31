import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { fromJsonText } from '../../../db/json-text';
import { tasks } from '../../../db/schema';
import { drawProgressOf } from '../draws';
import { notFound } from '../errors';
import { nameBook, taskBasicsOf } from '../plans';
import { dateInZone } from '../dates';
import { officeTimeZone } from '../office-time';
import { replacedOf } from './replacement';
import type { TaskView } from './schemas';

export type TaskRow = typeof tasks.$inferSelect;

/** A task's departments from a raw (prepared-statement) read of `tasks.department_ids`, decoded as drizzle would. */
export const taskDepartmentIdsOf = (text: string): number[] => fromJsonText(tasks.departmentIds, text);

/** One task as stored, or undefined. */
export const findTask = (db: ReadableDb, id: number): TaskRow | undefined =>
  db.select().from(tasks).where(eq(tasks.id, id)).get();

export function getTask(db: ReadableDb, id: number): TaskRow {
  const task = findTask(db, id);
  if (!task) throw notFound('该抽查任务');
  return task;
}

/** Tasks as stored, by id, for a list of ids (one statement; unknown ids are simply absent). */
export function tasksByIds(db: ReadableDb, ids: readonly number[]): Map<number, TaskRow> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map(
    db
      .select()
      .from(tasks)
      .where(inArray(tasks.id, unique))
      .all()
      .map((t) => [t.id, t]),
  );
}

/** How many tasks (live or cancelled) a year has, of one department's (lead or joint) or (null) of all. */
export const countTasksOfYear = (db: ReadableDb, year: number, departmentId: number | null): number =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(tasks)
    .where(
      and(
        eq(tasks.year, year),
        departmentId === null
          ? undefined
          : sql`EXISTS (SELECT 1 FROM json_each(${tasks.departmentIds}) WHERE value = ${departmentId})`,
      ),
    )
    .get()?.n ?? 0;

export function taskViewOf(db: ReadableDb, row: TaskRow, names = nameBook(db)): TaskView {
  const { latest, drawnCount, matched } = drawProgressOf(db, row.id);
  return {
    ...taskBasicsOf(row, names),
    planTaskId: row.planTaskId,
    kind: row.kind,
    reason: row.reason,
    year: row.year,
    teamSize: row.teamSize,
    expertsPerTeam: row.expertsPerTeam,
    expertise: row.expertise,
    batchSize: row.batchSize,
    status: row.status,
    drawStatus: !latest ? 'none' : latest.status === 'superseded' ? 'drawn' : latest.status,
    attempts: latest?.attempt ?? 0,
    drawnCount,
    matched,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    cancelled: row.cancelledAt
      ? {
          on: dateInZone(new Date(row.cancelledAt), officeTimeZone(db)),
          reason: row.cancelReason ?? '',
          approver: row.cancelApprover ?? '',
          by: row.cancelledBy ?? '',
        }
      : null,
    replaces: replacedOf(db, row),
    replacedBy:
      db
        .select({ taskId: tasks.id, taskName: tasks.name })
        .from(tasks)
        .where(eq(tasks.replacesTaskId, row.id))
        .orderBy(desc(tasks.id))
        .get() ?? null,
  };
}
