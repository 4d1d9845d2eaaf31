import { and, eq } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { tasks, users } from '../../../db/schema';
import { confinedDepartment } from '../auth/roles-scope.shared';
import type { Actor } from '../context';
import { nameBook } from '../plans';
import { liveTaskWhere } from '../tasks';
import { entryDueOf, type DeadlineMarks } from './deadlines';
import { deadlineFlagOf, RESULT_STATE_SQL } from './states';

/** Whose deadlines a caller watches: the whole county, a department, or the teams an officer is on. */
export interface TodoScope {
  departmentId?: number;
  inspectorId?: number;
}

export function scopeOfActor(db: ReadableDb, actor: Actor): TodoScope {
  const own = confinedDepartment(actor);
  if (own !== null) return { departmentId: own };
  if (actor.role === 'inspector') {
    const linked = actor.id === null ? null : db.select().from(users).where(eq(users.id, actor.id)).get();
    return { inspectorId: linked?.inspectorId ?? 0 };
  }
  return {};
}

/** Overdue or due soon: the pending results whose deadline is at most the last “due soon” day (binds `@soon`). */
const OWED_BY_SOON = `${RESULT_STATE_SQL.pending} AND r.publish_due <= @soon`;
const ON_TEAM = `EXISTS (SELECT 1 FROM team_members tm WHERE tm.task_id = r.task_id AND tm.subject_id = r.subject_id
  AND tm.inspector_id = @inspectorId AND tm.ended_at IS NULL)`;

function scopeSql(scope: TodoScope): string {
  return [
    scope.departmentId !== undefined ? 'r.department_id = @departmentId' : '',
    scope.inspectorId !== undefined ? ON_TEAM : '',
  ]
    .filter(Boolean)
    .map((c) => ` AND ${c}`)
    .join('');
}

const params = (marks: Pick<DeadlineMarks, 'today' | 'soon'>, scope: TodoScope) => ({
  today: marks.today,
  soon: marks.soon,
  departmentId: scope.departmentId ?? 0,
  inspectorId: scope.inspectorId ?? 0,
});

/**
 * The badge and the 待办 page's headline: results overdue and due within 3 working days, per department and per
 * officer. Reads only the pending results whose deadline is at most `soon` — the partial index on publish_due.
 */
export function todoCounts(db: ReadableDb, marks: Pick<DeadlineMarks, 'today' | 'soon'>, scope: TodoScope) {
  const client = db.$client;
  const bind = params(marks, scope);
  const byDepartment = client
    .prepare(
      `SELECT r.department_id AS departmentId, sum(r.publish_due < @today) AS overdue,
              sum(r.publish_due >= @today) AS dueSoon
       FROM results r INDEXED BY results_pending_due_idx
       WHERE ${OWED_BY_SOON}${scopeSql(scope)}
       GROUP BY r.department_id`,
    )
    .all(bind) as { departmentId: number; overdue: number; dueSoon: number }[];
  // Per officer: the pending results grouped by task and subject first (from the index alone), then spread over the
  // officers on each subject's team now — one team lookup per subject, not per result.
  const byInspector = client
    .prepare(
      `WITH pending AS (
         SELECT r.task_id, r.subject_id, sum(r.publish_due < @today) AS overdue, sum(r.publish_due >= @today) AS dueSoon
         FROM results r INDEXED BY results_pending_due_idx
         WHERE ${OWED_BY_SOON}${scopeSql(scope)}
         GROUP BY r.task_id, r.subject_id)
       SELECT i.id AS inspectorId, i.name AS name, i.department_id AS departmentId,
              sum(p.overdue) AS overdue, sum(p.dueSoon) AS dueSoon
       FROM pending p
       JOIN team_members tm INDEXED BY team_members_current_idx
         ON tm.task_id = p.task_id AND tm.subject_id = p.subject_id AND tm.ended_at IS NULL
       JOIN inspectors i ON i.id = tm.inspector_id
       GROUP BY i.id ORDER BY overdue DESC, dueSoon DESC LIMIT 200`,
    )
    .all(bind) as { inspectorId: number; name: string; departmentId: number; overdue: number; dueSoon: number }[];
  const overdue = byDepartment.reduce((n, d) => n + d.overdue, 0);
  const dueSoon = byDepartment.reduce((n, d) => n + d.dueSoon, 0);
  return { overdue, dueSoon, byDepartment, byInspector };
}

/** The overdue or soon-due results themselves, most overdue first, with what the list shows of each. */
function todoList(
  db: ReadableDb,
  marks: Pick<DeadlineMarks, 'today' | 'soon'>,
  scope: TodoScope,
  kind: 'overdue' | 'dueSoon',
  limit: number,
) {
  const rows = db.$client
    .prepare(
      `SELECT r.id, r.task_id AS taskId, t.name AS taskName, r.subject_id AS subjectId, s.name AS subjectName,
              s.uscc, r.item_id AS itemId, r.department_id AS departmentId, r.result_date AS resultDate,
              r.publish_due AS publishDue, r.status
       FROM results r INDEXED BY results_pending_due_idx
       JOIN tasks t ON t.id = r.task_id JOIN subjects s ON s.id = r.subject_id
       WHERE ${RESULT_STATE_SQL[kind]}${scopeSql(scope)}
       ORDER BY r.publish_due, r.id LIMIT @limit`,
    )
    .all({ ...params(marks, scope), limit }) as {
    id: number;
    taskId: number;
    taskName: string;
    subjectId: number;
    subjectName: string;
    uscc: string | null;
    itemId: number;
    departmentId: number;
    resultDate: string;
    publishDue: string;
    status: 'entered' | 'returned' | 'approved';
  }[];
  const names = nameBook(db);
  return rows.map((r) => ({
    ...r,
    itemName: names.item(r.itemId),
    departmentName: names.department(r.departmentId),
    // Listed because pending: the flag is the state's own.
    flag: deadlineFlagOf({ publishedOn: null, withheldReason: null, publishDue: r.publishDue }, marks) ?? kind,
  }));
}

/**
 * Locked tasks whose entry deadline has passed with results still missing. The deadline comes from the task's end
 * alone, so only tasks past it are counted — and counted in SQL, never by reading their lists.
 */
export function tasksLate(db: ReadableDb, marks: DeadlineMarks, scope: TodoScope) {
  const names = nameBook(db);
  const client = db.$client;
  const expected = client.prepare<[number], number>(
    `SELECT coalesce(sum(json_array_length(ds.item_ids)), 0) FROM draws d JOIN draw_subjects ds ON ds.draw_id = d.id
     WHERE d.task_id = ? AND d.status = 'locked'`,
  );
  const entered = client.prepare<[number], number>('SELECT count(*) FROM results WHERE task_id = ?');
  // An officer watches the tasks whose teams he is on now.
  const onTeamOf = new Set(
    scope.inspectorId === undefined
      ? []
      : client
          .prepare<[number], number>(
            'SELECT DISTINCT task_id FROM team_members WHERE inspector_id = ? AND ended_at IS NULL',
          )
          .pluck()
          .all(scope.inspectorId),
  );
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.status, 'locked'), liveTaskWhere()))
    .all()
    .filter((t) => scope.departmentId === undefined || t.departmentIds.includes(scope.departmentId))
    .filter((t) => scope.inspectorId === undefined || onTeamOf.has(t.id))
    .flatMap((task) => {
      const due = entryDueOf(marks, task.periodEnd).date;
      if (due === null || due >= marks.today) return [];
      const missing = (expected.pluck().get(task.id) ?? 0) - (entered.pluck().get(task.id) ?? 0);
      if (missing <= 0) return [];
      return [
        {
          taskId: task.id,
          name: task.name,
          leadDepartment: names.department(task.leadDepartmentId),
          periodEnd: task.periodEnd,
          entryDue: due,
          missing,
        },
      ];
    });
}

/** 已超期: the caller's results past their publication deadline, most overdue first (at most `limit`). */
export const overdue = (
  db: ReadableDb,
  marks: Pick<DeadlineMarks, 'today' | 'soon'>,
  scope: TodoScope,
  limit: number,
) => todoList(db, marks, scope, 'overdue', limit);

/** 即将到期: the caller's results due today or within the “due soon” working days, nearest first. */
export const dueSoon = (
  db: ReadableDb,
  marks: Pick<DeadlineMarks, 'today' | 'soon'>,
  scope: TodoScope,
  limit: number,
) => todoList(db, marks, scope, 'dueSoon', limit);
