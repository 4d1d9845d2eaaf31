import { eq } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { inspectionCodes } from '../../../db/schema';
import { drawnListOf, lockedDraw, teamMembersOf } from '../draws';
import { inspectorsByIds } from '../inspectors';
import { subjectById, subjectsByIds } from '../subjects';
import type { TaskRow } from '../tasks';
import { certToken, ensureSecret, payloadText, shortCode, type CodePayload } from './hmac';
import { insertStamps } from '../row-stamps';

export interface TeamOfficer {
  id: number;
  name: string;
  certNo: string | null;
}

/**
 * The officers now on a task's teams, by subject, in the order they were put on, with their certificate numbers
 * (experts carry none): one read of the teams and one of the officers, for one subject or (without it) all.
 */
function officersBySubject(db: ReadableDb, taskId: number, subjectId?: number): Map<number, TeamOfficer[]> {
  const members = teamMembersOf(db, taskId, subjectId);
  const people = inspectorsByIds(
    db,
    members.flatMap((m) => (m.inspectorId === null ? [] : [m.inspectorId])),
  );
  const teams = new Map<number, TeamOfficer[]>();
  for (const m of members) {
    const officer = m.inspectorId === null ? undefined : people.get(m.inspectorId);
    if (officer)
      teams.set(m.subjectId, [
        ...(teams.get(m.subjectId) ?? []),
        { id: officer.id, name: officer.name, certNo: officer.certNo },
      ]);
  }
  return teams;
}

/** The officers now on a subject's team in a task, with their certificate numbers (experts carry none). */
export const officersOf = (db: ReadableDb, taskId: number, subjectId: number): TeamOfficer[] =>
  officersBySubject(db, taskId, subjectId).get(subjectId) ?? [];

/** Gives every subject of the task's locked draw its 检查码; codes already issued stay as they are. */
export function ensureCodes(db: Db, taskId: number, now: Date): number {
  const draw = lockedDraw(db, taskId);
  if (!draw) return 0;
  const secret = ensureSecret(db, now);
  const drawn = drawnListOf(db, draw.id);
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
export function payloadFieldsOf(
  db: ReadableDb,
  task: TaskRow,
  subjectId: number,
  code: string,
  officers: TeamOfficer[] = officersOf(db, task.id, subjectId),
): CodePayload {
  const subject = subjectById(db, subjectId);
  return {
    code,
    taskId: task.id,
    subject: subject?.uscc ?? `#${subjectId}`,
    certNos: officers.map((o) => certToken(o.certNo)),
    periodStart: task.periodStart,
    periodEnd: task.periodEnd,
  };
}

/** The task's codes with their QR payloads, in draw order; `only` limits the (costlier) payloads to some subjects. */
export function codesOfTask(db: ReadableDb, task: TaskRow, secret: string | null, only?: Set<number>) {
  const draw = lockedDraw(db, task.id);
  if (!draw || !secret) return [];
  const codes = db
    .select({ code: inspectionCodes.code, subjectId: inspectionCodes.subjectId })
    .from(inspectionCodes)
    .where(eq(inspectionCodes.taskId, task.id))
    .all();
  // The subjects' names and codes, read through the subjects area in one statement.
  const named = subjectsByIds(
    db,
    codes.map((r) => r.subjectId),
  );
  const issued = new Map(
    codes.flatMap((row) => {
      const subject = named.get(row.subjectId);
      return subject ? [[row.subjectId, { ...row, name: subject.name, uscc: subject.uscc }] as const] : [];
    }),
  );
  const teams = officersBySubject(db, task.id);
  // In draw order: the drawn subjects that were issued a code.
  return drawnListOf(db, draw.id)
    .flatMap(({ subjectId }) => {
      const row = issued.get(subjectId);
      return row ? [row] : [];
    })
    .filter((row) => !only || only.has(row.subjectId))
    .map((row) => ({
      ...row,
      payload: payloadText(secret, payloadFieldsOf(db, task, row.subjectId, row.code, teams.get(row.subjectId) ?? [])),
    }));
}
