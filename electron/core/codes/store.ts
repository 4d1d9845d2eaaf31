import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { drawSubjects, inspectionCodes, inspectors, teamMembers } from '../../../db/schema';
import { lockedDraw } from '../draws';
import { subjectById, subjectsByIds } from '../subjects';
import type { TaskRow } from '../tasks';
import { certToken, ensureSecret, payloadText, shortCode, type CodePayload } from './hmac';
import { insertStamps } from '../row-stamps';

/** The officers now on a subject's team in a task, with their certificate numbers (experts carry none). */
export function officersOf(db: ReadableDb, taskId: number, subjectId: number) {
  return db
    .select({ id: inspectors.id, name: inspectors.name, certNo: inspectors.certNo })
    .from(teamMembers)
    .innerJoin(inspectors, eq(inspectors.id, teamMembers.inspectorId))
    .where(and(eq(teamMembers.taskId, taskId), eq(teamMembers.subjectId, subjectId), isNull(teamMembers.endedAt)))
    .orderBy(asc(teamMembers.id))
    .all();
}

/** Gives every subject of the task's locked draw its 检查码; codes already issued stay as they are. */
export function ensureCodes(db: Db, taskId: number, now: Date): number {
  const draw = lockedDraw(db, taskId);
  if (!draw) return 0;
  const secret = ensureSecret(db, now);
  const drawn = db
    .select({ subjectId: drawSubjects.subjectId })
    .from(drawSubjects)
    .where(eq(drawSubjects.drawId, draw.id))
    .all();
  let issued = 0;
  for (const { subjectId } of drawn) {
    const code = shortCode(secret, taskId, subjectId);
    issued += db
      .insert(inspectionCodes)
      .values({ code, taskId, subjectId, ...insertStamps(now) })
      .onConflictDoNothing()
      .run().changes;
  }
  return issued;
}

/** The fields a subject's QR payload carries, as things stand now (the team may have been changed). */
export function payloadFieldsOf(db: ReadableDb, task: TaskRow, subjectId: number, code: string): CodePayload {
  const subject = subjectById(db, subjectId);
  return {
    code,
    taskId: task.id,
    subject: subject?.uscc ?? `#${subjectId}`,
    certNos: officersOf(db, task.id, subjectId).map((o) => certToken(o.certNo)),
    periodStart: task.periodStart,
    periodEnd: task.periodEnd,
  };
}

/** The task's codes with their QR payloads, in draw order; `only` limits the (costlier) payloads to some subjects. */
export function codesOfTask(db: ReadableDb, task: TaskRow, secret: string | null, only?: Set<number>) {
  const draw = lockedDraw(db, task.id);
  if (!draw || !secret) return [];
  const rows = db
    .select({ code: inspectionCodes.code, subjectId: drawSubjects.subjectId })
    .from(drawSubjects)
    .innerJoin(
      inspectionCodes,
      and(eq(inspectionCodes.taskId, task.id), eq(inspectionCodes.subjectId, drawSubjects.subjectId)),
    )
    .where(eq(drawSubjects.drawId, draw.id))
    .orderBy(asc(drawSubjects.seq))
    .all()
    .filter((row) => !only || only.has(row.subjectId));
  // The subjects' names and codes, read through the subjects area in one statement.
  const subjects = subjectsByIds(
    db,
    rows.map((r) => r.subjectId),
  );
  return rows.flatMap(({ code, subjectId }) => {
    const subject = subjects.get(subjectId);
    if (!subject) return [];
    const payload = payloadText(secret, payloadFieldsOf(db, task, subjectId, code));
    return [{ code, subjectId, name: subject.name, uscc: subject.uscc, payload }];
  });
}
