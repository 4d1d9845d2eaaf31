import type { ReadableDb } from '../../../db/client';
import { isLiveTask, tasksByIds, type TaskRow } from '../tasks';
import { taskResult } from './result';

export interface JointVisit {
  subjectId: number;
  subjectName: string;
  /** This task's items and team at the subject. */
  itemNames: string[];
  team: string[];
  other: {
    taskId: number;
    taskName: string;
    periodStart: string;
    periodEnd: string;
    itemNames: string[];
    team: string[];
  };
  /** When both tasks' periods overlap: the days one visit can serve both. */
  from: string;
  to: string;
}

type Drawn = ReturnType<typeof taskResult>['subjects'][number];

const memberNames = (team: { name: string }[]) => team.map((m) => m.name);

/**
 * 可合并检查 (SH: departments checking the same subject check jointly; GY: merge similar checks): the subjects this
 * task's locked draw shares with another live task's locked draw whose inspection period overlaps this one's, with
 * both tasks and both teams, so one visit can serve both. The one home of the rule; the task screen lists these and
 * the merged notice (documents.notices with jointWith) accepts only these pairs.
 */
export function jointVisitsOf(db: ReadableDb, task: TaskRow): JointVisit[] {
  // The shared subjects come from the draws' own tables; which other tasks are live and overlap, from the tasks area.
  const shared = db.$client
    .prepare<{ taskId: number }, { subjectId: number; otherTaskId: number }>(
      `SELECT DISTINCT ds2.subject_id AS subjectId, d2.task_id AS otherTaskId
         FROM draws d1
         JOIN draw_subjects ds1 ON ds1.draw_id = d1.id
         JOIN draw_subjects ds2 ON ds2.subject_id = ds1.subject_id AND ds2.draw_id <> d1.id
         JOIN draws d2 ON d2.id = ds2.draw_id AND d2.status = 'locked'
        WHERE d1.task_id = @taskId AND d1.status = 'locked' AND d2.task_id <> @taskId
        ORDER BY d2.task_id, ds1.seq`,
    )
    .all({ taskId: task.id });
  if (shared.length === 0) return [];
  const candidates = tasksByIds(
    db,
    shared.map((p) => p.otherTaskId),
  );
  const overlapping = (t: TaskRow) =>
    isLiveTask(t) && t.periodStart <= task.periodEnd && t.periodEnd >= task.periodStart;
  const pairs = shared.flatMap((p) => {
    const other = candidates.get(p.otherTaskId);
    return other && overlapping(other) ? [{ ...p, otherTask: other }] : [];
  });
  if (pairs.length === 0) return [];
  const ours = new Map(taskResult(db, task).subjects.map((s) => [s.subjectId, s]));
  const others = new Map<number, { row: TaskRow; subjects: Map<number, Drawn> }>();
  return pairs.flatMap(({ subjectId, otherTaskId, otherTask: row }) => {
    let other = others.get(otherTaskId);
    if (!other) {
      other = { row, subjects: new Map(taskResult(db, row).subjects.map((s) => [s.subjectId, s])) };
      others.set(otherTaskId, other);
    }
    const mine = ours.get(subjectId);
    const theirs = other.subjects.get(subjectId);
    if (!mine || !theirs) return [];
    return [
      {
        subjectId,
        subjectName: mine.name,
        itemNames: mine.itemNames,
        team: memberNames(mine.team),
        other: {
          taskId: other.row.id,
          taskName: other.row.name,
          periodStart: other.row.periodStart,
          periodEnd: other.row.periodEnd,
          itemNames: theirs.itemNames,
          team: memberNames(theirs.team),
        },
        from: task.periodStart > other.row.periodStart ? task.periodStart : other.row.periodStart,
        to: task.periodEnd < other.row.periodEnd ? task.periodEnd : other.row.periodEnd,
      },
    ];
  });
}
