import { and, desc, eq, ne } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { draws, teamChanges } from '../../../db/schema';
import { departmentNames } from '../departments';
import { expertsByIds, inspectorsByIds } from '../inspectors';
import { nameBook } from '../plans';
import { subjectNames } from '../subjects';
import type { TaskRow } from '../tasks';
import { currentMatch } from './match';
import { exportAnchors } from './export-anchors';
import { teamMembersOf } from './lookups';
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
  const members = teamMembersOf(db, taskId);
  const officers = inspectorsByIds(
    db,
    members.flatMap((m) => (m.inspectorId === null ? [] : [m.inspectorId])),
  );
  const expertRows = expertsByIds(
    db,
    members.flatMap((m) => (m.expertId === null ? [] : [m.expertId])),
  );
  const shortNames = officers.size > 0 ? departmentNames(db) : new Map<number, string>();
  const rows = members.map((m) => {
    const officer = m.inspectorId === null ? undefined : officers.get(m.inspectorId);
    const expert = m.expertId === null ? undefined : expertRows.get(m.expertId);
    return {
      ...m,
      inspectorName: officer?.name ?? null,
      departmentName: officer ? (shortNames.get(officer.departmentId) ?? null) : null,
      expertName: expert?.name ?? null,
      organisation: expert?.organisation ?? null,
    };
  });
  const teams = new Map<number, { id: number; name: string; departmentName: string; role: 'officer' | 'expert' }[]>();
  for (const r of rows) {
    const member =
      r.inspectorId !== null
        ? {
            id: r.inspectorId,
            name: r.inspectorName ?? '',
            departmentName: r.departmentName ?? '',
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
  const people = inspectorsByIds(
    db,
    rows.flatMap((r) => [r.removedInspectorId, r.addedInspectorId]),
  );
  const names = subjectNames(
    db,
    rows.map((r) => r.subjectId),
  );
  return rows.map((r) => ({
    id: r.id,
    subjectName: names.get(r.subjectId) ?? '',
    removed: people.get(r.removedInspectorId)?.name ?? '',
    added: people.get(r.addedInspectorId)?.name ?? '',
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
