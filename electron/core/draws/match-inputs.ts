import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { checkItems, drawSubjects, experts, inspectorRecusals, inspectors, subjects } from '../../../db/schema';
import { hasCertNo } from '../inspectors/certificate.shared';
import type { TaskRow } from '../tasks';
import type { DrawRow } from './attempts';
import { MATCH_ALGORITHM_V2, type MatchInputs, type MatchOfficer, type MatchRecusal } from './team-match';

const list = (text: string): string[] => (text ? text.split('、') : []);

export interface DrawnSubject {
  seq: number;
  subjectId: number;
  uscc: string | null;
  name: string;
  address: string;
  regionCode: string;
  riskClass: string;
  batch: number | null;
  itemIds: number[];
}

/** The drawn subjects in visiting order (the batch order when one was drawn). */
export function drawnSubjects(db: ReadableDb, draw: DrawRow): DrawnSubject[] {
  return db
    .select({
      seq: drawSubjects.seq,
      subjectId: drawSubjects.subjectId,
      itemIds: drawSubjects.itemIds,
      riskClass: drawSubjects.riskClass,
      batch: drawSubjects.batch,
      uscc: subjects.uscc,
      name: subjects.name,
      address: subjects.address,
      regionCode: subjects.regionCode,
    })
    .from(drawSubjects)
    .innerJoin(subjects, eq(subjects.id, drawSubjects.subjectId))
    .where(eq(drawSubjects.drawId, draw.id))
    .orderBy(asc(drawSubjects.seq))
    .all();
}

/**
 * Everything the match needs, as it stands now: the drawn subjects with the departments their items belong to,
 * the task departments' officers with certificates (whether a number is on record, and its dates) and expertise, the active experts, and the recusals that
 * touch these subjects or their regions.
 */
export function matchInputs(db: Db, task: TaskRow, draw: DrawRow, attempt: number) {
  const taskDepartments = task.departmentIds;
  const itemIds = task.itemIds;
  const departmentOf = new Map(
    db
      .select({ id: checkItems.id, departmentId: checkItems.departmentId })
      .from(checkItems)
      .where(inArray(checkItems.id, itemIds))
      .all()
      .map((i) => [i.id, i.departmentId]),
  );
  const drawn = drawnSubjects(db, draw);
  const officers: MatchOfficer[] = db
    .select()
    .from(inspectors)
    .where(inArray(inspectors.departmentId, taskDepartments))
    .orderBy(asc(inspectors.id))
    .all()
    .map((o) => ({
      id: o.id,
      departmentId: o.departmentId,
      active: o.active,
      hasCertNo: hasCertNo(o.certNo),
      certValidFrom: o.certValidFrom,
      certValidTo: o.certValidTo,
      expertise: list(o.expertise),
    }));
  const drawnIds = new Set(drawn.map((s) => s.subjectId));
  const recusals: MatchRecusal[] = db
    .select()
    .from(inspectorRecusals)
    .where(
      and(
        isNull(inspectorRecusals.endedAt),
        inArray(
          inspectorRecusals.inspectorId,
          officers.map((o) => o.id),
        ),
      ),
    )
    .orderBy(asc(inspectorRecusals.id))
    .all()
    .filter((r) => r.kind === 'region' || (r.subjectId !== null && drawnIds.has(r.subjectId)))
    .map((r) => ({
      inspectorId: r.inspectorId,
      subjectKey: r.kind === 'subject' ? r.subjectId : null,
      regionCode: r.kind === 'region' ? r.regionCode : null,
      // Only a township named by name adds the key, so every other record keeps its shape (and its seed).
      ...(r.kind === 'region' && r.regionName ? { regionName: r.regionName } : {}),
    }));
  // A township name is read from the address: the record then carries every subject's address for the verifier.
  const byName = recusals.some((r) => r.regionName);
  const inputs: MatchInputs = {
    algorithm: MATCH_ALGORITHM_V2,
    drawSeed: draw.seed ?? '',
    subjects: drawn.map((s) => ({
      key: s.subjectId,
      regionCode: s.regionCode,
      ...(byName ? { address: s.address } : {}),
      departments: [
        ...new Set(s.itemIds.map((id) => departmentOf.get(id) ?? 0).filter((d) => taskDepartments.includes(d))),
      ].sort((a, b) => a - b),
    })),
    officers,
    experts: db
      .select({ id: experts.id, active: experts.active, field: experts.field })
      .from(experts)
      .where(eq(experts.active, true))
      .orderBy(asc(experts.id))
      .all(),
    recusals,
    parameters: {
      taskId: task.id,
      attempt,
      periodStart: task.periodStart,
      periodEnd: task.periodEnd,
      teamSize: task.teamSize,
      expertsPerTeam: task.expertsPerTeam,
      expertise: task.expertise,
    },
  };
  return { inputs, drawn };
}
