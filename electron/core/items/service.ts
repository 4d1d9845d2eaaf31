import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { checkItems, departments, jointItemMembers, jointItems } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { officeToday } from '../office-time';
import { AppError } from '../errors';
import { streamingSheet } from '../excel';
import { previewAnswer, stageKind, takeStaged } from '../excel/import-contract';
import type { Handlers } from '../handler-types';
import { assertOwnDepartment, type Owned } from '../ownership';
import { departmentCodes, departmentLookup } from '../subjects';
import type { ItemFields, itemsContract } from './contract';
import { keyShareOf, keyShareWarning } from './key-share';
import { CLASS_CAP_COLUMNS, CLASS_FREQUENCY_COLUMNS, ITEM_LABELS, normalizeItem, type ItemRecord } from './fields';
import { applyItemImport, assertOwnItemRows, ownItemRows, stageItemImport, type StagedItems } from './import';
import { addVersion, createItem, itemVersions, listItems } from './store';
import { insertStamps } from '../row-stamps';

const STAGE_KIND = stageKind('items');

const ITEM: Owned = { noun: '抽查事项' };

/** The department whose list an item is on: only it (or the lead office) creates, revises and retires it. */
function assertOwnItem(ctx: HandlerContext, id: number): void {
  const item = ctx.db
    .select({ departmentId: checkItems.departmentId })
    .from(checkItems)
    .where(eq(checkItems.id, id))
    .get();
  if (!item) throw new AppError('NOT_FOUND', '该抽查事项不存在。');
  assertOwnDepartment(ctx, item.departmentId, ITEM);
}

/** A form's fields through the same rules as a sheet row. */
function recordFromFields(db: Db, fields: ItemFields): ItemRecord {
  const code = departmentCodes(db).get(fields.departmentId);
  if (code === undefined) throw new AppError('INVALID_INPUT', '所选抽查主体不存在，请刷新后重新选择。');
  const result = normalizeItem(
    {
      ...fields,
      departmentId: code,
      methods: fields.methods.join(';'),
      category: fields.category === 'key' ? '重点' : '一般',
    },
    departmentLookup(db),
  );
  if (!result.ok) throw new AppError('INVALID_INPUT', result.errors.map((e) => e.message).join(' '));
  return result.record;
}

const stampOf = (ctx: HandlerContext, effectiveFrom: string, reason: string) => ({
  effectiveFrom,
  reason,
  actorName: requireActor(ctx).username,
  at: ctx.now,
});

export const itemsHandlers: Handlers<typeof itemsContract> = {
  'items.list': (ctx, { asOf, ...filter }) => listItems(ctx.db, { ...filter, asOf: asOf ?? officeToday(ctx) }),
  'items.history': (ctx, { id }) => itemVersions(ctx.db, id),
  'items.create': (ctx, { effectiveFrom, scope, ...fields }) => {
    const record = recordFromFields(ctx.db, { ...fields, scope });
    assertOwnDepartment(ctx, record.departmentId, ITEM);
    const id = createItem(ctx.db, record, stampOf(ctx, effectiveFrom, '新增'), JSON.stringify(scope));
    ctx.touches('item', id);
    return { id };
  },
  'items.revise': (ctx, { id, effectiveFrom, reason, scope, ...fields }) => {
    assertOwnItem(ctx, id);
    const record = recordFromFields(ctx.db, { ...fields, scope });
    const item = ctx.db.select().from(checkItems).where(eq(checkItems.id, id)).get();
    if (!item) throw new AppError('NOT_FOUND', '该抽查事项不存在。');
    assertOwnDepartment(ctx, record.departmentId, ITEM);
    if (item.code !== record.code)
      throw new AppError('INVALID_INPUT', '事项编码不能修改；编码变化请废止原事项并新增。');
    addVersion(
      ctx.db,
      id,
      { record, status: 'active', scope: JSON.stringify(scope) },
      stampOf(ctx, effectiveFrom, reason),
    );
    return { id };
  },
  'items.retire': (ctx, { id, effectiveFrom, reason }) => {
    assertOwnItem(ctx, id);
    addVersion(ctx.db, id, { status: 'retired' }, stampOf(ctx, effectiveFrom, reason));
    return { id };
  },
  'items.importPreview': async (ctx, input) => {
    const read = await stageItemImport(
      ctx.db,
      ctx.files.uploadPath(input.upload),
      input.effectiveFrom ?? officeToday(ctx),
    );
    const staged = ownItemRows(ctx.db, requireActor(ctx), read);
    const counts = applyItemImport(ctx.db, staged, { write: null, strict: false, actorName: '', now: ctx.now });
    return previewAnswer(ctx, STAGE_KIND, staged, counts);
  },
  'items.importCommit': (ctx, input) => {
    const staged = takeStaged<StagedItems>(ctx, STAGE_KIND, input.token);
    assertOwnItemRows(ctx.db, requireActor(ctx), staged);
    const counts = applyItemImport(ctx.db, staged, {
      write: ctx.db,
      strict: input.mode === 'strict',
      actorName: requireActor(ctx).username,
      now: ctx.now,
    });
    ctx.stash.drop(input.token);
    return counts;
  },
  'items.keyShare': (ctx, input) => {
    const share = keyShareOf(ctx.db, input.asOf ?? officeToday(ctx));
    return {
      maxPercent: share.maxPercent,
      departments: share.departments,
      warnings: share.over.map((d) => keyShareWarning(d, share.maxPercent)),
    };
  },
  'items.export': async (ctx, input) => {
    const asOf = input.asOf ?? officeToday(ctx);
    const rows = listItems(ctx.db, { asOf, departmentId: input.departmentId });
    const file = ctx.files.newDownload('items.xlsx');
    const labels = ITEM_LABELS;
    const out = streamingSheet(
      file.path,
      '抽查事项清单',
      [
        labels.code,
        labels.departmentId,
        labels.name,
        labels.basis,
        labels.content,
        labels.objectType,
        labels.methods,
        labels.category,
        labels.ratioCap,
        labels.frequencyCap,
        ...CLASS_CAP_COLUMNS.map((c) => labels[c]),
        ...CLASS_FREQUENCY_COLUMNS.map((c) => labels[c]),
        '生效日期',
      ],
      [
        16,
        24,
        36,
        50,
        40,
        16,
        24,
        10,
        14,
        14,
        ...CLASS_CAP_COLUMNS.map(() => 14),
        ...CLASS_FREQUENCY_COLUMNS.map(() => 14),
        12,
      ],
    );
    for (const r of rows) {
      out.add([
        r.code,
        r.departmentName,
        r.name,
        r.basis,
        r.content,
        r.objectType,
        r.methods,
        r.category === 'key' ? '重点' : '一般',
        r.ratioCap,
        r.frequencyCap,
        ...CLASS_CAP_COLUMNS.map((c) => r[c]),
        ...CLASS_FREQUENCY_COLUMNS.map((c) => r[c]),
        r.effectiveFrom,
      ]);
    }
    await out.finish();
    return { download: file.id, fileName: `随机抽查事项清单（${asOf}）.xlsx`, count: rows.length };
  },
  'items.jointList': (ctx) => {
    const joints = ctx.db
      .select({
        id: jointItems.id,
        name: jointItems.name,
        scene: jointItems.scene,
        leadDepartmentName: departments.name,
      })
      .from(jointItems)
      .innerJoin(departments, eq(departments.id, jointItems.leadDepartmentId))
      .all();
    return joints.map((j) => ({
      ...j,
      items: ctx.db
        .select({ id: checkItems.id, code: checkItems.code, departmentName: departments.name })
        .from(jointItemMembers)
        .innerJoin(checkItems, eq(checkItems.id, jointItemMembers.itemId))
        .innerJoin(departments, eq(departments.id, checkItems.departmentId))
        .where(eq(jointItemMembers.jointItemId, j.id))
        .all(),
    }));
  },
  'items.jointCreate': (ctx, input) => {
    const members = ctx.db
      .select({ id: checkItems.id, departmentId: checkItems.departmentId })
      .from(checkItems)
      .where(inArray(checkItems.id, input.itemIds))
      .all();
    if (members.length !== new Set(input.itemIds).size)
      throw new AppError('INVALID_INPUT', '所选事项中有不存在的事项，请刷新后重新选择。');
    if (new Set(members.map((m) => m.departmentId)).size < 2) {
      throw new AppError('INVALID_INPUT', '联合抽查事项应包含至少两个部门的事项（一业一查）。');
    }
    const { id } = ctx.db
      .insert(jointItems)
      .values({
        name: input.name,
        scene: input.scene,
        leadDepartmentId: input.leadDepartmentId,
        ...insertStamps(ctx.now),
      })
      .returning({ id: jointItems.id })
      .get();
    for (const m of members) ctx.db.insert(jointItemMembers).values({ jointItemId: id, itemId: m.id }).run();
    ctx.touches('jointItem', id);
    return { id };
  },
};
