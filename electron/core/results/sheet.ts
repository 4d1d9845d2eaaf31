import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { followUps, inspectors, results, subjects, teamMembers } from '../../../db/schema';
import type { Actor } from '../context';
import { nameBook } from '../plans';
import type { TaskRow } from '../tasks';
import { EntryAccess } from './access';
import { deadlineMarks, entryDueOf, type DeadlineMarks } from './deadlines';
import { publishable } from './publication';
import { slotKey, slotsOf } from './slots';
import { CONCLUDED_BY_SQL } from './conclusion';
import { deadlineFlagOf, publishedWhere, withheldWhere } from './states';
import { resultViewOf } from './view';

/** Current team members' names per subject of a task (officers only: they sign the result). */
function teamNames(db: ReadableDb, taskId: number): Map<number, string[]> {
  const rows = db
    .select({ subjectId: teamMembers.subjectId, name: inspectors.name })
    .from(teamMembers)
    .innerJoin(inspectors, eq(inspectors.id, teamMembers.inspectorId))
    .where(and(eq(teamMembers.taskId, taskId), isNull(teamMembers.endedAt)))
    .all();
  const teams = new Map<number, string[]>();
  for (const r of rows) teams.set(r.subjectId, [...(teams.get(r.subjectId) ?? []), r.name]);
  return teams;
}

/**
 * Where a task stands: how many results it expects (its list's slots, which the caller has read), has, has
 * published or withheld, its open follow-ups, and whether it is 完结 — every expected result 完结 today
 * (isConcludedBy: a result with a problem found needs its follow-up finished, not merely none open).
 */
export function taskProgress(db: ReadableDb, task: TaskRow, marks: DeadlineMarks, expected: number) {
  const counts = db
    .select({
      entered: sql<number>`count(*)`,
      published: sql<number>`count(*) filter (where ${publishedWhere()})`,
      withheld: sql<number>`count(*) filter (where ${withheldWhere()})`,
    })
    .from(results)
    .where(eq(results.taskId, task.id))
    .get() ?? { entered: 0, published: 0, withheld: 0 };
  const openFollowUps =
    db
      .select({ n: sql<number>`count(*)` })
      .from(followUps)
      .innerJoin(results, eq(results.id, followUps.resultId))
      .where(and(eq(results.taskId, task.id), eq(followUps.status, 'open')))
      .get()?.n ?? 0;
  const concluded = db.$client
    .prepare(`SELECT count(*) FROM results r WHERE r.task_id = @task AND ${CONCLUDED_BY_SQL}`)
    .pluck()
    .get({ task: task.id, end: marks.today }) as number;
  const due = expected > 0 ? entryDueOf(marks, task.periodEnd) : null;
  const entryDue = due?.date ?? null;
  return {
    expected,
    ...counts,
    openFollowUps,
    entryDue,
    entryOverdue: entryDue !== null && entryDue < marks.today && counts.entered < expected,
    calendarWarning: due?.warning ?? marks.warning,
    complete: expected > 0 && counts.entered === expected && concluded === expected,
  };
}

/** 结果录入: every item at every drawn subject of a task, with its result, deadline flag and whether the caller may enter it. */
export function resultSheet(db: ReadableDb, task: TaskRow, actor: Actor, now: Date) {
  const marks = deadlineMarks(db, now);
  const slots = slotsOf(db, task.id);
  const names = nameBook(db);
  const teams = teamNames(db, task.id);
  const subjectIds = [...new Set(slots.map((s) => s.subjectId))];
  const subjectOf = new Map(
    (subjectIds.length === 0
      ? []
      : db
          .select({ id: subjects.id, name: subjects.name, uscc: subjects.uscc })
          .from(subjects)
          .where(inArray(subjects.id, subjectIds))
          .all()
    ).map((s) => [s.id, s]),
  );
  const resultOf = new Map(
    db
      .select()
      .from(results)
      .where(eq(results.taskId, task.id))
      .all()
      .map((r) => [slotKey(r.subjectId, r.itemId), r]),
  );
  const access = new EntryAccess(db, actor);
  const review = marks.rules.review;
  return {
    progress: taskProgress(db, task, marks, slots.length),
    review,
    rows: slots.map((slot) => {
      const row = resultOf.get(slotKey(slot.subjectId, slot.itemId));
      const subject = subjectOf.get(slot.subjectId);
      return {
        seq: slot.seq,
        subjectId: slot.subjectId,
        subjectName: subject?.name ?? '',
        uscc: subject?.uscc ?? null,
        itemId: slot.itemId,
        itemName: names.item(slot.itemId),
        departmentId: slot.departmentId,
        departmentName: names.department(slot.departmentId),
        team: (teams.get(slot.subjectId) ?? []).join('、'),
        ...mayEnter(access.refusal(task.id, slot.subjectId, slot.departmentId)),
        result: row ? resultViewOf(row) : null,
        publishable: row ? publishable(row, review) : false,
        flag: row ? deadlineFlagOf(row, marks) : null,
      };
    }),
  };
}

/** Whether the caller may enter a row's result, and if not, the refusal the core would give (shown as it is). */
const mayEnter = (refusal: string | null) => ({ mayEnter: refusal === null, refusal });
