import fs from 'node:fs';
import { headHash } from '../audit';
import { mayManageDepartment, confinedDepartment } from '../auth/roles-scope.shared';
import { requireActor, type Actor } from '../context';
import { AppError } from '../errors';
import { preparedWrite, type Handlers } from '../handler-types';
import { officeToday } from '../office-time';
import { nameBook } from '../plans';
import { readOffice } from '../settings';
import type { reportsContract } from './contract';
import { buildSubmittedReport, MAX_SUBMITTED_BYTES, writeMonthlyDownload } from './submission-build';
import { compileMonthly } from './submission-compile';
import {
  assertPeriodEnded,
  reportDueOn,
  submissionDeadlinesOf,
  submissionState,
  SUBMISSION_KIND_LABELS,
  type SubmissionKind,
} from './submission-rules';
import { submissionGrid } from './submission-status';
import { freezeSubmission, submissionById, submissionVersions, type BuiltReport } from './submission-store';

type SubmissionHandlers = Pick<
  Handlers<typeof reportsContract>,
  'reports.submit' | 'reports.submissions' | 'reports.submittedFile' | 'reports.compile'
>;

/** 本部门: a 部门管理员 submits and reads only its own department's reports; the county office any department's. */
function assertOwnDepartment(db: Parameters<typeof nameBook>[0], actor: Actor, departmentId: number, what: string) {
  if (!mayManageDepartment(actor, departmentId))
    throw new AppError(
      'FORBIDDEN',
      `该报表属于「${nameBook(db).department(departmentId)}」，部门管理员只能${what}本部门的报表。`,
    );
}

export const submissionHandlers: SubmissionHandlers = {
  /**
   * 报送: builds the report exactly as its download would be now and freezes it — bytes, figures, SHA-256, the audit
   * head at that moment, when and by whom. The workbook is written before the transaction; the transaction numbers
   * the version (a resubmission needs its reason) and stores it.
   */
  'reports.submit': preparedWrite(
    async (ctx, input): Promise<BuiltReport & { today: string; dueOn: string }> => {
      const actor = ctx.actor;
      if (!actor) throw new Error('reports.submit: dispatch let an anonymous call through');
      assertOwnDepartment(ctx.db, actor, input.departmentId, '报送');
      const kind: SubmissionKind = input.kind;
      const deadlines = submissionDeadlinesOf(ctx.db);
      const today = officeToday(ctx);
      assertPeriodEnded(kind, input.period, today, deadlines);
      const auditHead = headHash(ctx.db);
      const built = await buildSubmittedReport(ctx, kind, input.period, input.departmentId, deadlines);
      if (built.bytes.length > MAX_SUBMITTED_BYTES)
        throw new AppError(
          'INVALID_INPUT',
          `该${SUBMISSION_KIND_LABELS[kind]}有 ${Math.ceil(built.bytes.length / 1048576)} MB，超过报送可保存的 ${MAX_SUBMITTED_BYTES / 1048576} MB，请联系系统管理员。`,
        );
      return { ...built, auditHead, today, dueOn: reportDueOn(kind, input.period, deadlines) };
    },
    (ctx, input, built) => {
      const actor = requireActor(ctx);
      const kind: SubmissionKind = input.kind;
      const saved = freezeSubmission(
        ctx.db,
        {
          kind,
          period: input.period,
          departmentId: input.departmentId,
          reason: input.reason,
          dueOn: built.dueOn,
          submittedOn: built.today,
          now: ctx.now,
          by: { id: actor.id, name: actor.displayName || actor.username },
        },
        built,
      );
      ctx.touches('reportSubmission', saved.id);
      const versions = submissionVersions(ctx.db, kind, input.period, input.departmentId);
      const mine = versions.find((v) => v.id === saved.id)!;
      return {
        id: saved.id,
        version: saved.version,
        submittedOn: mine.submittedOn,
        submittedAt: mine.submittedAt,
        submittedByName: mine.submittedByName,
        reason: mine.reason,
        sha256: saved.sha256,
        fileName: mine.fileName,
        dueOn: built.dueOn,
        state: submissionState(versions[0]?.submittedOn ?? null, built.dueOn, built.today),
      };
    },
  ),
  'reports.submissions': (ctx, input) => {
    const own = confinedDepartment(requireActor(ctx));
    return submissionGrid(ctx.db, input.kind, input.period, officeToday(ctx), own ?? undefined);
  },
  /** A frozen version, handed out byte for byte as it was submitted. */
  'reports.submittedFile': async (ctx, input) => {
    const stored = submissionById(ctx.db, input.id);
    if (!stored) throw new AppError('NOT_FOUND', '没有找到该报送记录，请刷新报送情况后重试。');
    assertOwnDepartment(ctx.db, requireActor(ctx), stored.departmentId, '查看');
    const file = await ctx.files.writeDownload('submitted.xlsx', (path) => fs.writeFileSync(path, stored.file));
    return {
      download: file.id,
      fileName: stored.fileName.replace(/\.xlsx$/, `（第${stored.version}版）.xlsx`),
      sha256: stored.sha256,
      version: stored.version,
    };
  },
  'reports.compile': async (ctx, input) => {
    const compiled = compileMonthly(ctx.db, input.month);
    const fileName = `双随机一公开月报表-${input.month.slice(0, 4)}年${Number(input.month.slice(5, 7))}月（各部门报送汇总）.xlsx`;
    if (!compiled.figures) return { download: null, fileName, rows: 0, submitted: [], missing: compiled.missing };
    const made = await writeMonthlyDownload(ctx, compiled.figures, readOffice(ctx.db).officeName);
    return {
      download: made.download,
      fileName,
      rows: compiled.figures.rows.length,
      submitted: compiled.submitted,
      missing: compiled.missing,
    };
  },
};
