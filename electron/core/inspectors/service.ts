import { and, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { experts, inspectorRecusals, inspectors } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { officeToday } from '../office-time';
import { AppError, notFound } from '../errors';
import { previewAnswer, stageKind, takeStaged } from '../excel/import-contract';
import type { Handlers } from '../handler-types';
import { assertOwnDepartment, type Owned } from '../ownership';
import { containsText } from '../sql';
import { departmentCodes, departmentLookup, checkUscc, subjectById, subjectByUscc } from '../subjects';
import type { InspectorFields, inspectorsContract } from './contract';
import { normalizeInspector, type InspectorRecord } from './fields';
import {
  applyInspectorImport,
  assertOwnInspectorRows,
  ownInspectorRows,
  stageInspectorImport,
  type StagedInspectors,
} from './import';
import { diffInspector, inspectorHistory, recordInspectorChange } from './history';
import { columnsOf, getInspector, listInspectors, recordOf } from './store';
import { updateStamp } from '../row-stamps';
import { describeRecusalRegion, parseRecusalRegion, type RecusalRegion } from './recusal.shared';
import { insertExpert, insertInspector, insertRecusal, openRegionRecusal } from './writes';

const STAGE_KIND = stageKind('inspectors');

export const INSPECTOR: Owned = { noun: '执法人员' };
/** A recusal decides whom a draw may match: it is managed with its officer, by the officer's department. */
const RECUSAL: Owned = { noun: '执法人员', may: '为本部门的执法人员登记或解除回避' };

function departmentOfInspector(db: Db, inspectorId: number): number {
  const row = db
    .select({ departmentId: inspectors.departmentId })
    .from(inspectors)
    .where(eq(inspectors.id, inspectorId))
    .get();
  if (!row) throw notFound('该执法人员');
  return row.departmentId;
}

function recordFromFields(db: Db, fields: InspectorFields): InspectorRecord {
  const code = departmentCodes(db).get(fields.departmentId);
  if (code === undefined) throw new AppError('INVALID_INPUT', '所选部门不存在，请刷新后重新选择。');
  const result = normalizeInspector(
    {
      ...fields,
      departmentId: code,
      qualifications: fields.qualifications.join(';'),
      expertise: fields.expertise.join(';'),
      active: fields.active,
    },
    departmentLookup(db),
  );
  if (!result.ok) throw new AppError('INVALID_INPUT', result.errors.map((e) => e.message).join(' '));
  return result.record;
}

function assertCertFree(db: Db, certNo: string | null, exceptId?: number): void {
  if (!certNo) return;
  const clash = db
    .select({ id: inspectors.id, name: inspectors.name })
    .from(inspectors)
    .where(eq(inspectors.certNo, certNo))
    .get();
  if (clash && clash.id !== exceptId)
    throw new AppError('CONFLICT', `执法证号 ${certNo} 已登记在“${clash.name}”名下。`);
}

function recusalView(db: ReadableDb, id: number) {
  const row = db
    .select({
      id: inspectorRecusals.id,
      kind: inspectorRecusals.kind,
      subjectId: inspectorRecusals.subjectId,
      regionCode: inspectorRecusals.regionCode,
      regionName: inspectorRecusals.regionName,
      relation: inspectorRecusals.relation,
      reason: inspectorRecusals.reason,
      createdAt: inspectorRecusals.createdAt,
      endedAt: inspectorRecusals.endedAt,
      endReason: inspectorRecusals.endReason,
      inspectorId: inspectorRecusals.inspectorId,
    })
    .from(inspectorRecusals)
    .where(eq(inspectorRecusals.id, id))
    .get();
  if (!row) throw notFound('该回避记录');
  // The subject's name and code (null for a recusal by region), read through the subjects area.
  const subject = row.subjectId === null ? undefined : subjectById(db, row.subjectId);
  const { id: recusalId, kind, subjectId, ...rest } = row;
  return {
    id: recusalId,
    kind,
    subjectId,
    subjectName: subject?.name ?? null,
    subjectUscc: subject?.uscc ?? null,
    ...rest,
    regionText: row.kind === 'region' ? describeRecusalRegion(row) : null,
  };
}

const stampOf = (ctx: HandlerContext, source: 'manual' | 'import') => ({
  at: ctx.now.toISOString(),
  actorName: requireActor(ctx).username,
  source,
});

function expertView(db: Db, id: number) {
  const row = db.select().from(experts).where(eq(experts.id, id)).get();
  if (!row) throw notFound('该专家');
  return row;
}

export const inspectorsHandlers: Handlers<typeof inspectorsContract> = {
  'inspectors.list': (ctx, filter) => listInspectors(ctx.db, filter, officeToday(ctx)),
  'inspectors.get': (ctx, { id }) => {
    const inspector = getInspector(ctx.db, id, officeToday(ctx));
    const ids = ctx.db
      .select({ id: inspectorRecusals.id })
      .from(inspectorRecusals)
      .where(eq(inspectorRecusals.inspectorId, id))
      .orderBy(desc(inspectorRecusals.id))
      .all();
    return { inspector, recusals: ids.map((r) => recusalView(ctx.db, r.id)), history: inspectorHistory(ctx.db, id) };
  },
  'inspectors.create': (ctx, input) => {
    const record = recordFromFields(ctx.db, input);
    assertOwnDepartment(ctx, record.departmentId, INSPECTOR);
    assertCertFree(ctx.db, record.certNo);
    const id = insertInspector(ctx.db, record, stampOf(ctx, 'manual'));
    ctx.touches('inspector', id);
    return getInspector(ctx.db, id, officeToday(ctx));
  },
  'inspectors.update': (ctx, { id, ...fields }) => {
    const existing = ctx.db.select().from(inspectors).where(eq(inspectors.id, id)).get();
    if (!existing) throw notFound('该执法人员');
    assertOwnDepartment(ctx, existing.departmentId, INSPECTOR);
    const record = recordFromFields(ctx.db, fields);
    // Nor may a department hand its officer to another department.
    assertOwnDepartment(ctx, record.departmentId, INSPECTOR);
    assertCertFree(ctx.db, record.certNo, id);
    const changes = diffInspector(recordOf(existing), record);
    if (changes.length > 0) recordInspectorChange(ctx.db, id, changes, stampOf(ctx, 'manual'));
    ctx.db
      .update(inspectors)
      .set({ ...columnsOf(record), ...updateStamp(ctx.now) })
      .where(eq(inspectors.id, id))
      .run();
    return getInspector(ctx.db, id, officeToday(ctx));
  },
  'inspectors.addRecusal': (ctx, input) => {
    assertOwnDepartment(ctx, departmentOfInspector(ctx.db, input.inspectorId), RECUSAL);
    let subjectId: number | null = null;
    let region: RecusalRegion = { regionCode: null, regionName: null };
    if (input.kind === 'subject') {
      const verdict = checkUscc(input.subjectUscc ?? '');
      if (!verdict.valid) throw new AppError('INVALID_INPUT', `回避对象的统一社会信用代码无效：${verdict.reason}。`);
      const subject = subjectByUscc(ctx.db, verdict.code);
      if (!subject)
        throw new AppError('NOT_FOUND', `名录库中没有统一社会信用代码为 ${verdict.code} 的检查对象，请先登记该对象。`);
      subjectId = subject.id;
      const open = ctx.db
        .select({ id: inspectorRecusals.id })
        .from(inspectorRecusals)
        .where(
          and(
            eq(inspectorRecusals.inspectorId, input.inspectorId),
            eq(inspectorRecusals.subjectId, subjectId),
            isNull(inspectorRecusals.endedAt),
          ),
        )
        .get();
      if (open) throw new AppError('CONFLICT', '该人员对此对象已有有效的回避登记。');
    } else {
      if (input.regionCode && input.regionName)
        throw new AppError('INVALID_INPUT', '区域回避只填一项：区划代码或乡镇街道名称。');
      const parsed = parseRecusalRegion(input.regionName || input.regionCode || '');
      if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message);
      region = parsed.region;
      if (openRegionRecusal(ctx.db, input.inspectorId, region))
        throw new AppError('CONFLICT', `该人员对${describeRecusalRegion(region)}已有有效的回避登记。`);
    }
    const id = insertRecusal(
      ctx.db,
      {
        inspectorId: input.inspectorId,
        kind: input.kind,
        subjectId,
        ...region,
        relation: input.relation,
        reason: input.reason,
      },
      ctx.now,
    );
    ctx.touches('recusal', id);
    return recusalView(ctx.db, id);
  },
  'inspectors.endRecusal': (ctx, { id, reason }) => {
    const current = recusalView(ctx.db, id);
    assertOwnDepartment(ctx, departmentOfInspector(ctx.db, current.inspectorId), RECUSAL);
    if (current.endedAt) throw new AppError('CONFLICT', '该回避已经解除。');
    ctx.db
      .update(inspectorRecusals)
      .set({ endedAt: ctx.now.toISOString(), endReason: reason, ...updateStamp(ctx.now) })
      .where(eq(inspectorRecusals.id, id))
      .run();
    return recusalView(ctx.db, id);
  },
  'inspectors.importPreview': async (ctx, input) => {
    const read = await stageInspectorImport(ctx.db, ctx.files.uploadPath(input.upload));
    const staged = ownInspectorRows(ctx.db, requireActor(ctx), read);
    const counts = applyInspectorImport(ctx.db, staged, { write: null, strict: false, at: '', actorName: '' });
    return previewAnswer(ctx, STAGE_KIND, staged, counts);
  },
  'inspectors.importCommit': (ctx, input) => {
    const staged = takeStaged<StagedInspectors>(ctx, STAGE_KIND, input.token);
    assertOwnInspectorRows(ctx.db, requireActor(ctx), staged);
    const counts = applyInspectorImport(ctx.db, staged, {
      write: ctx.db,
      strict: input.mode === 'strict',
      at: ctx.now.toISOString(),
      actorName: requireActor(ctx).username,
    });
    ctx.stash.drop(input.token);
    return counts;
  },
  'experts.list': (ctx, input) => {
    const q = input.q;
    return ctx.db
      .select()
      .from(experts)
      .where(
        and(
          input.includeInactive ? undefined : eq(experts.active, true),
          q
            ? or(containsText(experts.name, q), containsText(experts.organisation, q), containsText(experts.field, q))
            : undefined,
        ),
      )
      .orderBy(experts.id)
      .all();
  },
  'experts.create': (ctx, input) => {
    const id = insertExpert(ctx.db, input, ctx.now);
    ctx.touches('expert', id);
    return expertView(ctx.db, id);
  },
  'experts.update': (ctx, { id, ...fields }) => {
    expertView(ctx.db, id);
    ctx.db
      .update(experts)
      .set({ ...fields, ...updateStamp(ctx.now) })
      .where(eq(experts.id, id))
      .run();
    return expertView(ctx.db, id);
  },
};
