import { and, asc, eq } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { reportSubmissions } from '../../../db/schema';
import { canonical, sha256Hex } from '../canonical';
import { createHash } from 'node:crypto';
import { AppError } from '../errors';
import { insertStamps } from '../row-stamps';
import { SUBMISSION_KIND_LABELS, type SubmissionKind } from './submission-rules';

/** What freezing needs: the built report and the moment it was built at. */
export interface BuiltReport {
  bytes: Buffer;
  figures: unknown;
  fileName: string;
  auditHead: { id: number; hash: string } | null;
}

export const sha256OfBytes = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The versions of one department's report for a period, first first, without the file bytes. */
export function submissionVersions(db: ReadableDb, kind: SubmissionKind, period: string, departmentId: number) {
  return db
    .select({
      id: reportSubmissions.id,
      version: reportSubmissions.version,
      reason: reportSubmissions.reason,
      fileName: reportSubmissions.fileName,
      sha256: reportSubmissions.sha256,
      auditHeadId: reportSubmissions.auditHeadId,
      auditHeadHash: reportSubmissions.auditHeadHash,
      dueOn: reportSubmissions.dueOn,
      submittedOn: reportSubmissions.submittedOn,
      submittedAt: reportSubmissions.submittedAt,
      submittedByName: reportSubmissions.submittedByName,
    })
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.kind, kind),
        eq(reportSubmissions.period, period),
        eq(reportSubmissions.departmentId, departmentId),
      ),
    )
    .orderBy(asc(reportSubmissions.version))
    .all();
}
export type SubmissionVersion = ReturnType<typeof submissionVersions>[number];

/** Every version of every department for a period (the 报送情况 grid), without the file bytes. */
export function submissionsOfPeriod(db: ReadableDb, kind: SubmissionKind, period: string) {
  return db
    .select({
      departmentId: reportSubmissions.departmentId,
      version: reportSubmissions.version,
      submittedOn: reportSubmissions.submittedOn,
      submittedAt: reportSubmissions.submittedAt,
      submittedByName: reportSubmissions.submittedByName,
      reason: reportSubmissions.reason,
      sha256: reportSubmissions.sha256,
      id: reportSubmissions.id,
    })
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.kind, kind), eq(reportSubmissions.period, period)))
    .orderBy(asc(reportSubmissions.departmentId), asc(reportSubmissions.version))
    .all();
}

/**
 * Freezes a report: a new version of the department's report for the period. A first submission needs no reason; a
 * resubmission is refused without one, and the earlier versions stay as they are (the table refuses changes).
 */
export function freezeSubmission(
  db: Db,
  fields: {
    kind: SubmissionKind;
    period: string;
    departmentId: number;
    reason: string;
    dueOn: string;
    submittedOn: string;
    now: Date;
    by: { id: number | null; name: string };
  },
  built: BuiltReport,
) {
  const earlier = submissionVersions(db, fields.kind, fields.period, fields.departmentId);
  const reason = fields.reason.trim();
  if (earlier.length > 0 && reason === '')
    throw new AppError(
      'INVALID_INPUT',
      `该${SUBMISSION_KIND_LABELS[fields.kind]}已报送过（第 ${earlier.length} 版）。重新报送请填写原因，原报送版本会保留。`,
    );
  const sha256 = sha256OfBytes(built.bytes);
  const row = db
    .insert(reportSubmissions)
    .values({
      kind: fields.kind,
      period: fields.period,
      departmentId: fields.departmentId,
      version: earlier.length + 1,
      reason,
      fileName: built.fileName,
      file: built.bytes,
      sha256,
      figures: canonical(built.figures),
      auditHeadId: built.auditHead?.id ?? null,
      auditHeadHash: built.auditHead?.hash ?? null,
      dueOn: fields.dueOn,
      submittedOn: fields.submittedOn,
      submittedAt: fields.now.toISOString(),
      submittedBy: fields.by.id,
      submittedByName: fields.by.name,
      ...insertStamps(fields.now),
    })
    .returning({ id: reportSubmissions.id, version: reportSubmissions.version })
    .get();
  return { ...row, sha256, figuresSha256: sha256Hex(canonical(built.figures)) };
}

/** One stored version with its bytes and figures, or null. */
export function submissionById(db: ReadableDb, id: number) {
  return db.select().from(reportSubmissions).where(eq(reportSubmissions.id, id)).get() ?? null;
}
