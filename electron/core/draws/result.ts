import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { draws, experts, inspectors, teamChanges, teamMembers } from '../../../db/schema';
import { departmentNames } from '../departments';
import { nameBook } from '../plans';
import { subjectNames } from '../subjects';
import type { TaskRow } from '../tasks';
import { currentMatch } from './match';
import { exportAnchors } from './export-anchors';
import { drawnSubjects } from './match-inputs';
import type { ExportAnchor } from './record-schemas';
import type { DrawRecord } from './object-draw';
import { drawRecordOf, matchRecordOf } from './records';
import type { MatchRecord } from './team-match';

/** The attempt whose list the task shows: the locked one, else the latest drawn. */
export function shownDraw(db: ReadableDb, taskId: number) {
  return db
    .select()
    .from(draws)
    .where(and(eq(draws.taskId, taskId), ne(draws.status, 'open'), ne(draws.status, 'superseded')))
    .orderBy(desc(draws.attempt))
    .get();
}

function currentTeams(db: ReadableDb, taskId: number) {
  const rows = db
    .select({
      subjectId: teamMembers.subjectId,
      inspectorId: teamMembers.inspectorId,
      inspectorName: inspectors.name,
      departmentId: inspectors.departmentId,
      expertId: teamMembers.expertId,
      expertName: experts.name,
      organisation: experts.organisation,
    })
    .from(teamMembers)
    .leftJoin(inspectors, eq(inspectors.id, teamMembers.inspectorId))
    .leftJoin(experts, eq(experts.id, teamMembers.expertId))
    .where(and(eq(teamMembers.taskId, taskId), isNull(teamMembers.endedAt)))
    .orderBy(asc(teamMembers.id))
    .all();
  const departments = departmentNames(db);
  const teams = new Map<number, { id: number; name: string; departmentName: string; role: 'officer' | 'expert' }[]>();
  for (const r of rows) {
    const member =
      r.inspectorId !== null
        ? {
            id: r.inspectorId,
            name: r.inspectorName ?? '',
            departmentName: (r.departmentId !== null ? departments.get(r.departmentId) : undefined) ?? '',
            role: 'officer' as const,
          }
        : {
            id: r.expertId ?? 0,
            name: r.expertName ?? '',
            departmentName: r.organisation ?? '',
            role: 'expert' as const,
          };
    teams.set(r.subjectId, [...(teams.get(r.subjectId) ?? []), member]);
  }
  return teams;
}

function changesOf(db: ReadableDb, taskId: number) {
  const rows = db.select().from(teamChanges).where(eq(teamChanges.taskId, taskId)).orderBy(desc(teamChanges.id)).all();
  if (rows.length === 0) return [];
  const people = new Map(
    db
      .select({ id: inspectors.id, name: inspectors.name })
      .from(inspectors)
      .where(
        inArray(
          inspectors.id,
          rows.flatMap((r) => [r.removedInspectorId, r.addedInspectorId]),
        ),
      )
      .all()
      .map((p) => [p.id, p.name]),
  );
  const names = subjectNames(
    db,
    rows.map((r) => r.subjectId),
  );
  return rows.map((r) => ({
    id: r.id,
    subjectName: names.get(r.subjectId) ?? '',
    removed: people.get(r.removedInspectorId) ?? '',
    added: people.get(r.addedInspectorId) ?? '',
    reason: r.reason,
    actorName: r.actorName,
    createdAt: r.createdAt,
  }));
}

/** 任务详情: subjects × items × team, in the drawn (batch) order, with every manual team change. */
export function taskResult(db: ReadableDb, task: TaskRow) {
  const draw = shownDraw(db, task.id);
  if (!draw) return { drawId: null, attempt: null, status: null, subjects: [], matchAttempt: null, changes: [] };
  const names = nameBook(db);
  const match = currentMatch(db, task.id);
  const teams = match && match.drawId === draw.id ? currentTeams(db, task.id) : new Map<number, never[]>();
  const drawn = drawnSubjects(db, draw);
  return {
    drawId: draw.id,
    attempt: draw.attempt,
    status: draw.status,
    subjects: drawn.map((s) => ({
      seq: s.seq,
      subjectId: s.subjectId,
      uscc: s.uscc,
      name: s.name,
      address: s.address,
      riskClass: s.riskClass,
      batch: s.batch,
      itemNames: s.itemIds.map(names.item),
      team: teams.get(s.subjectId) ?? [],
    })),
    matchAttempt: match?.drawId === draw.id ? match.attempt : null,
    changes: changesOf(db, task.id),
  };
}

export interface ExportedDraw {
  format: 'ssj-draw-export/2';
  draw: DrawRecord;
  match: MatchRecord | null;
  anchors: ExportAnchor[];
}

/** The task's shown draw and current match as one JSON document a verifier can check without the database. */
export function exportRecord(db: ReadableDb, task: TaskRow): ExportedDraw | null {
  const draw = shownDraw(db, task.id);
  if (!draw) return null;
  const current = currentMatch(db, task.id);
  const match = current && current.drawId === draw.id ? current : null;
  return {
    format: 'ssj-draw-export/2',
    draw: drawRecordOf(draw),
    match: match ? matchRecordOf(match) : null,
    anchors: exportAnchors(db, draw.id, match?.id ?? null),
  };
}
