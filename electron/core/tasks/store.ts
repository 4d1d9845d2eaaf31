import { desc, eq, sql } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { fromJsonText } from '../../../db/json-text';
import { draws, drawSubjects, matches, tasks } from '../../../db/schema';
import { notFound } from '../errors';
import { nameBook, taskBasicsOf } from '../plans';
import { dateInZone } from '../dates';
import { officeTimeZone } from '../office-time';
import { replacedOf } from './replacement';
import type { TaskView } from './schemas';

export type TaskRow = typeof tasks.$inferSelect;

/** A task's departments from a raw (prepared-statement) read of `tasks.department_ids`, decoded as drizzle would. */
export const taskDepartmentIdsOf = (text: string): number[] => fromJsonText(tasks.departmentIds, text);

export function getTask(db: ReadableDb, id: number): TaskRow {
  const task = db.select().from(tasks).where(eq(tasks.id, id)).get();
  if (!task) throw notFound('该抽查任务');
  return task;
}

/** The latest attempt of a task's draw, whatever its state. */
export function latestDraw(db: ReadableDb, taskId: number) {
  return db.select().from(draws).where(eq(draws.taskId, taskId)).orderBy(desc(draws.attempt)).limit(1).get();
}

export function taskViewOf(db: ReadableDb, row: TaskRow, names = nameBook(db)): TaskView {
  const latest = latestDraw(db, row.id);
  const drawnCount = latest
    ? (db
        .select({ n: sql<number>`count(*)` })
        .from(drawSubjects)
        .where(eq(drawSubjects.drawId, latest.id))
        .get()?.n ?? 0)
    : 0;
  const matched = db
    .select({ n: sql<number>`count(*)` })
    .from(matches)
    .where(eq(matches.taskId, row.id))
    .get();
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
    matched: (matched?.n ?? 0) > 0,
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
