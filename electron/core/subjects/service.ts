import { desc, eq } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { subjectChanges, subjects } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { officeToday } from '../office-time';
import { AppError, notFound } from '../errors';
import { previewAnswer, stageKind, takeStaged } from '../excel/import-contract';
import type { Handlers } from '../handler-types';
import type { subjectsContract } from './contract';
import { departmentCodes, departmentLookup } from './departments-lookup';
import { writeSubjectExport } from './excel-out';
import { applyFlagList, previewFlagList, readFlagList, type StagedFlagList } from './flag-list';
import { commitSubjectImport, stageSubjectImport, type StagedImport } from './import';
import { normalizeSubject } from './normalize';
import { countSubjects, listSubjects, subjectColumns } from './queries';
import { FIELD_LABELS, type SubjectRecord } from './record';
import type { SubjectFields, SubjectRowView } from './schemas';
import { diffRecords, rowToRecord, SubjectWriter, type FieldChange } from './store';
import { checkUscc } from './uscc';

const STAGE_KIND = stageKind('subjects');
const FLAG_LIST_KIND = 'subjects.flagList';

function getSubject(db: ReadableDb, id: number): SubjectRowView {
  const row = db.select(subjectColumns).from(subjects).where(eq(subjects.id, id)).get();
  if (!row) throw notFound('该检查对象');
  return row;
}

/** A form's fields through the same normaliser as a sheet row, so both obey one set of rules. */
function recordFromFields(db: Db, fields: SubjectFields, today: string): SubjectRecord {
  const codes = departmentCodes(db);
  const unknown = fields.departmentIds.find((id) => !codes.has(id));
  if (unknown !== undefined) throw new AppError('INVALID_INPUT', '所选监管部门不存在，请刷新后重新选择。');
  const result = normalizeSubject(
    {
      ...fields,
      licences: fields.licences.join(';'),
      tags: fields.tags.join(';'),
      departmentIds: fields.departmentIds.map((id) => codes.get(id) ?? '').join(';'),
    },
    departmentLookup(db),
    today,
  );
  if (!result.ok) throw new AppError('INVALID_INPUT', result.errors.map((e) => e.message).join(' '));
  return result.record;
}

function assertUsccFree(db: Db, uscc: string | null, exceptId?: number): void {
  if (!uscc) return;
  const clash = db.select({ id: subjects.id, name: subjects.name }).from(subjects).where(eq(subjects.uscc, uscc)).get();
  if (clash && clash.id !== exceptId) {
    throw new AppError('CONFLICT', `统一社会信用代码 ${uscc} 已属于“${clash.name}”，同一代码不能登记两次。`);
  }
}

const stampOf = (ctx: HandlerContext, source: 'manual' | 'import') => ({
  at: ctx.now.toISOString(),
  actorName: requireActor(ctx).username,
  source,
});

function labelled(changes: FieldChange[]) {
  return changes.map((c) => ({ ...c, label: FIELD_LABELS[c.field] ?? c.field }));
}

/** The creation entry kept on the row itself (migration 0016); none for older rows, whose creation is a change row. */
function creation(db: ReadableDb, id: number) {
  const row = db
    .select({ at: subjects.createdAt, actorName: subjects.createdBy, source: subjects.createdVia })
    .from(subjects)
    .where(eq(subjects.id, id))
    .get();
  return row?.actorName && row.source
    ? [{ id: 0, at: row.at, actorName: row.actorName, source: row.source, changes: [] }]
    : [];
}

export const subjectsHandlers: Handlers<typeof subjectsContract> = {
  'subjects.list': (ctx, { page, pageSize, ...filter }) => listSubjects(ctx.db, filter, { page, pageSize }),
  'subjects.count': (ctx, filter) => countSubjects(ctx.db, filter),
  'subjects.get': (ctx, input) => {
    const subject = getSubject(ctx.db, input.id);
    const history = ctx.db
      .select()
      .from(subjectChanges)
      .where(eq(subjectChanges.subjectId, input.id))
      .orderBy(desc(subjectChanges.id))
      .limit(200)
      .all()
      .map((h) => ({ ...h, changes: labelled(h.changes) }));
    return { subject, history: [...history, ...creation(ctx.db, input.id)] };
  },
  'subjects.create': (ctx, input) => {
    const record = recordFromFields(ctx.db, input, officeToday(ctx));
    assertUsccFree(ctx.db, record.uscc);
    const id = new SubjectWriter(ctx.db, stampOf(ctx, 'manual')).insert(record);
    ctx.touches('subject', id);
    return getSubject(ctx.db, id);
  },
  'subjects.update': (ctx, { id, ...fields }) => {
    const existing = ctx.db.select().from(subjects).where(eq(subjects.id, id)).get();
    if (!existing) throw notFound('该检查对象');
    const record = recordFromFields(ctx.db, fields, officeToday(ctx));
    assertUsccFree(ctx.db, record.uscc, id);
    new SubjectWriter(ctx.db, stampOf(ctx, 'manual')).update(id, record, diffRecords(rowToRecord(existing), record));
    ctx.touches('subject', id);
    return getSubject(ctx.db, id);
  },
  'subjects.importPreview': async (ctx, input) => {
    const staged = await stageSubjectImport(ctx.db, ctx.files.uploadPath(input.upload), officeToday(ctx));
    return previewAnswer(ctx, STAGE_KIND, staged, staged.counts);
  },
  'subjects.importCommit': (ctx, input) => {
    const staged = takeStaged<StagedImport>(ctx, STAGE_KIND, input.token);
    const counts = commitSubjectImport(ctx.db, staged, input.mode, stampOf(ctx, 'import'));
    ctx.stash.drop(input.token);
    ctx.touches('subject', `import:${counts.fresh}+${counts.changed}`);
    return counts;
  },
  // A list from another system (经营异常名录, 失信名单, verified complaints) marks one flag and touches nothing else.
  'subjects.flagListPreview': async (ctx, input) => {
    const staged = await readFlagList(ctx.files.uploadPath(input.upload), input.flag, input.mode);
    const token = ctx.stash.put(FLAG_LIST_KIND, staged, ctx.now);
    return { token, ...previewFlagList(ctx.db, staged) };
  },
  'subjects.flagListCommit': (ctx, input) => {
    const staged = takeStaged<StagedFlagList>(ctx, FLAG_LIST_KIND, input.token);
    const counts = applyFlagList(ctx.db, staged, stampOf(ctx, 'import'));
    ctx.stash.drop(input.token);
    ctx.touches('subject', `list:${staged.flag}:${staged.mode}:+${counts.set}-${counts.cleared}`);
    return counts;
  },
  'subjects.export': async (ctx, filter) => {
    const file = await ctx.files.writeDownload('export.xlsx', (path) => writeSubjectExport(ctx.db, filter, path));
    return { download: file.id, fileName: `检查对象-${officeToday(ctx)}.xlsx`, count: file.result };
  },
  'subjects.checkUscc': (_ctx, input) =>
    input.codes.map((code) => {
      const verdict = checkUscc(code);
      return { input: code, code: verdict.code, valid: verdict.valid, reason: verdict.valid ? null : verdict.reason };
    }),
};
