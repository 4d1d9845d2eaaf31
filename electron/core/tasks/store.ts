import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { draws, drawSubjects, matches, tasks } from '../../../db/schema';
import { notFound } from '../errors';
import { readRatios } from '../plans/ratios';
import { ids, nameBook } from '../plans/store';
import { scopeOf } from '../draws/pool';
import type { TaskView } from './schemas';

export type TaskRow = typeof tasks.$inferSelect;

export function getTask(db: Db, id: number): TaskRow {
  const task = db.select().from(tasks).where(eq(tasks.id, id)).get();
  if (!task) throw notFound('该抽查任务');
  return task;
}

/** The latest attempt of a task's draw, whatever its state. */
export function latestDraw(db: Db, taskId: number) {
  return db.select().from(draws).where(eq(draws.taskId, taskId)).orderBy(desc(draws.attempt)).limit(1).get();
}

export function taskViewOf(db: Db, row: TaskRow, names = nameBook(db)): TaskView {
  const itemIds = ids(row.itemIds);
  const departmentIds = ids(row.departmentIds);
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
    id: row.id,
    planTaskId: row.planTaskId,
    kind: row.kind,
    reason: row.reason,
    name: row.name,
    year: row.year,
    itemIds,
    itemNames: itemIds.map(names.item),
    leadDepartmentId: row.leadDepartmentId,
    departmentIds,
    departmentNames: departmentIds.map(names.department),
    joint: departmentIds.length > 1,
    scope: scopeOf(row.scope),
    ratios: readRatios(row.ratios),
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    mode: row.mode,
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
  };
}
