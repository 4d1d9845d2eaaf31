import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { drawSubjects, teamMembers } from '../../../db/schema';

/**
 * How other areas read a draw's list and a task's teams (the draws area owns `draw_subjects` and `team_members`):
 * codes, results and the task screen ask these instead of naming the tables.
 */

/** A draw's subjects in draw (visiting) order, each with the items the draw gave it. */
export const drawnListOf = (db: ReadableDb, drawId: number) =>
  db
    .select({ seq: drawSubjects.seq, subjectId: drawSubjects.subjectId, itemIds: drawSubjects.itemIds })
    .from(drawSubjects)
    .where(eq(drawSubjects.drawId, drawId))
    .orderBy(asc(drawSubjects.seq))
    .all();

/**
 * The items a draw gave one subject, or null when the subject was not drawn: prepared once, for callers that ask it
 * thousands of times in a row (results entered one by one).
 */
export function drawnItemsLookup(db: ReadableDb, drawId: number): (subjectId: number) => number[] | null {
  const statement = db
    .select({ itemIds: drawSubjects.itemIds })
    .from(drawSubjects)
    .where(
      and(eq(drawSubjects.drawId, sql.placeholder('drawId')), eq(drawSubjects.subjectId, sql.placeholder('subjectId'))),
    )
    .prepare();
  return (subjectId) => statement.get({ drawId, subjectId })?.itemIds ?? null;
}

/**
 * The members now on a task's teams (not replaced), in the order they were put on, for one subject or (without
 * `subjectId`) every subject: an officer has `inspectorId`, an expert `expertId`.
 */
export const teamMembersOf = (db: ReadableDb, taskId: number, subjectId?: number) =>
  db
    .select({ subjectId: teamMembers.subjectId, inspectorId: teamMembers.inspectorId, expertId: teamMembers.expertId })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.taskId, taskId),
        subjectId === undefined ? undefined : eq(teamMembers.subjectId, subjectId),
        isNull(teamMembers.endedAt),
      ),
    )
    .orderBy(asc(teamMembers.id))
    .all();

/** The subjects of a task on whose current team an officer is (谁检查、谁录入). */
export const subjectsOnTeamOf = (db: ReadableDb, taskId: number, inspectorId: number): number[] =>
  db
    .select({ subjectId: teamMembers.subjectId })
    .from(teamMembers)
    .where(and(eq(teamMembers.taskId, taskId), eq(teamMembers.inspectorId, inspectorId), isNull(teamMembers.endedAt)))
    .all()
    .map((r) => r.subjectId);
