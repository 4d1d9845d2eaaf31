import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import {
  checkItems,
  jointItemMembers,
  jointItems,
  jointItemVersionMembers,
  jointItemVersions,
} from '../../../db/schema';
import { byDepartmentOrder, departmentsById, type DepartmentRow } from '../departments';
import { AppError, notFound } from '../errors';
import { insertStamps } from '../row-stamps';
import { itemNames, listItems, type VersionStamp } from './store';

/** A member item of a joint item version, and whether it is itself on the item list on the date asked. */
export interface JointMember {
  id: number;
  code: string;
  name: string;
  departmentName: string;
  inForce: boolean;
}

export interface JointItemView {
  id: number;
  versionNo: number;
  effectiveFrom: string;
  status: 'active' | 'retired';
  name: string;
  scene: string;
  leadDepartmentId: number;
  leadDepartmentName: string;
  items: JointMember[];
}

/** What one version of a joint item says. */
export interface JointContent {
  name: string;
  scene: string;
  leadDepartmentId: number;
  itemIds: number[];
}

const versionColumns = {
  versionId: jointItemVersions.id,
  id: jointItemVersions.jointItemId,
  versionNo: jointItemVersions.versionNo,
  effectiveFrom: jointItemVersions.effectiveFrom,
  status: jointItemVersions.status,
  name: jointItemVersions.name,
  scene: jointItemVersions.scene,
  leadDepartmentId: jointItemVersions.leadDepartmentId,
};

/** Names each version's lead department (departments' own query); a version whose department is gone is left out. */
function withLeadNames<T extends { leadDepartmentId: number }>(
  rows: T[],
  depts: Map<number, DepartmentRow>,
): (T & { leadDepartmentName: string })[] {
  return rows.flatMap((r) => {
    const lead = depts.get(r.leadDepartmentId);
    return lead ? [{ ...r, leadDepartmentName: lead.name }] : [];
  });
}

/** Per joint item, the version in force on `asOf`: the latest effective by then, the higher number breaking ties. */
const versionInForce = (asOf: string) =>
  sql`${jointItemVersions.id} = (SELECT v.id FROM ${jointItemVersions} v WHERE v.joint_item_id = ${jointItems.id} AND v.effective_from <= ${asOf} ORDER BY v.effective_from DESC, v.version_no DESC LIMIT 1)`;

/** The members of the given versions, each marked in force or not on `asOf` (the item list's own rule, listItems). */
function membersOf(
  db: ReadableDb,
  versionIds: number[],
  asOf: string,
  depts: Map<number, DepartmentRow>,
): Map<number, JointMember[]> {
  const out = new Map<number, JointMember[]>(versionIds.map((id) => [id, []]));
  if (versionIds.length === 0) return out;
  const inForce = new Set(listItems(db, { asOf }).map((i) => i.id));
  const names = itemNames(db);
  const rows = db
    .select({
      versionId: jointItemVersionMembers.versionId,
      id: checkItems.id,
      code: checkItems.code,
      departmentId: checkItems.departmentId,
    })
    .from(jointItemVersionMembers)
    .innerJoin(checkItems, eq(checkItems.id, jointItemVersionMembers.itemId))
    .where(inArray(jointItemVersionMembers.versionId, versionIds))
    .all();
  // In the departments' own order, then by code; a member whose department is gone is left out.
  for (const { versionId, departmentId, ...m } of byDepartmentOrder(rows, depts, (a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  ))
    out.get(versionId)?.push({
      ...m,
      departmentName: depts.get(departmentId)?.name ?? '',
      name: names.get(m.id) ?? '',
      inForce: inForce.has(m.id),
    });
  return out;
}

/**
 * 一业一查 as of a date: per joint item, the version in force on `asOf` (retired ones left out unless asked), with its
 * members marked whether they are on the item list that day. The one home of "joint item as of date": the joint list,
 * its publication and the plan's item picker read it here.
 */
export function jointItemsAsOf(
  db: ReadableDb,
  asOf: string,
  options: { includeRetired?: boolean } = {},
): JointItemView[] {
  const depts = departmentsById(db);
  const rows = withLeadNames(
    db
      .select(versionColumns)
      .from(jointItems)
      .innerJoin(jointItemVersions, versionInForce(asOf))
      .where(options.includeRetired ? undefined : eq(jointItemVersions.status, 'active'))
      .orderBy(jointItems.id)
      .all(),
    depts,
  );
  const members = membersOf(
    db,
    rows.map((r) => r.versionId),
    asOf,
    depts,
  );
  return rows.map(({ versionId, ...r }) => ({ ...r, items: members.get(versionId) ?? [] }));
}

/** Every version of one joint item, newest first, each with its members as they stood on its own effective date. */
export function jointItemHistory(
  db: ReadableDb,
  jointItemId: number,
): (JointItemView & { reason: string; actorName: string; createdAt: string })[] {
  const depts = departmentsById(db);
  const rows = withLeadNames(
    db
      .select({
        ...versionColumns,
        reason: jointItemVersions.reason,
        actorName: jointItemVersions.actorName,
        createdAt: jointItemVersions.createdAt,
      })
      .from(jointItemVersions)
      .where(eq(jointItemVersions.jointItemId, jointItemId))
      .orderBy(desc(jointItemVersions.versionNo))
      .all(),
    depts,
  );
  if (rows.length === 0) throw notFound('该联合抽查事项');
  return rows.map(({ versionId, ...r }) => ({
    ...r,
    items: membersOf(db, [versionId], r.effectiveFrom, depts).get(versionId) ?? [],
  }));
}

/**
 * A joint item version's members: existing items, of at least two departments (一业一查), each on the item list on the
 * day the version takes effect — a joint item cannot be published with an item the list does not carry that day.
 */
function assertMembers(db: ReadableDb, itemIds: number[], effectiveFrom: string): void {
  const members = db
    .select({ id: checkItems.id, code: checkItems.code, departmentId: checkItems.departmentId })
    .from(checkItems)
    .where(inArray(checkItems.id, itemIds))
    .all();
  if (members.length !== new Set(itemIds).size)
    throw new AppError('INVALID_INPUT', '所选事项中有不存在的事项，请刷新后重新选择。');
  if (new Set(members.map((m) => m.departmentId)).size < 2) {
    throw new AppError('INVALID_INPUT', '联合抽查事项应包含至少两个部门的事项（一业一查）。');
  }
  const inForce = new Set(listItems(db, { asOf: effectiveFrom }).map((i) => i.id));
  const missing = members.filter((m) => !inForce.has(m.id)).map((m) => m.code);
  if (missing.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `事项 ${missing.join('、')} 在 ${effectiveFrom} 不在抽查事项清单中（尚未生效或已废止）。请改选事项，或把生效日期定在这些事项生效之后。`,
    );
  }
}

function insertVersion(
  db: Db,
  jointItemId: number,
  versionNo: number,
  status: 'active' | 'retired',
  content: JointContent,
  stamp: VersionStamp,
): void {
  const { at, itemIds, ...rest } = { ...stamp, ...content };
  const { id } = db
    .insert(jointItemVersions)
    .values({ jointItemId, versionNo, status, ...rest, ...insertStamps(at) })
    .returning({ id: jointItemVersions.id })
    .get();
  for (const itemId of new Set(itemIds)) db.insert(jointItemVersionMembers).values({ versionId: id, itemId }).run();
}

/** A new joint item: its identity row (with what it was created with) and version 1. */
export function createJointItem(db: Db, content: JointContent, stamp: VersionStamp): number {
  assertMembers(db, content.itemIds, stamp.effectiveFrom);
  const { id } = db
    .insert(jointItems)
    .values({
      name: content.name,
      scene: content.scene,
      leadDepartmentId: content.leadDepartmentId,
      ...insertStamps(stamp.at),
    })
    .returning({ id: jointItems.id })
    .get();
  for (const itemId of new Set(content.itemIds)) db.insert(jointItemMembers).values({ jointItemId: id, itemId }).run();
  insertVersion(db, id, 1, 'active', content, stamp);
  return id;
}

/**
 * A new version of a joint item (an edit, or its retirement), never an edit of an old one. `seenVersionNo` is the
 * version the editor was looking at: if another has been added since, the edit is refused rather than overwriting it.
 */
export function addJointVersion(
  db: Db,
  jointItemId: number,
  seenVersionNo: number,
  change: { content?: JointContent; status: 'active' | 'retired' },
  stamp: VersionStamp,
): void {
  const latest = db
    .select()
    .from(jointItemVersions)
    .where(eq(jointItemVersions.jointItemId, jointItemId))
    .orderBy(desc(jointItemVersions.versionNo))
    .limit(1)
    .get();
  if (!latest) throw notFound('该联合抽查事项');
  if (latest.versionNo !== seenVersionNo) {
    throw new AppError(
      'CONFLICT',
      `该联合抽查事项已有更新的第 ${latest.versionNo} 版（${latest.actorName} 录入），请刷新后在最新版本上修改。`,
    );
  }
  if (latest.status === 'retired') throw new AppError('CONFLICT', '该联合抽查事项已经废止。');
  if (stamp.effectiveFrom < latest.effectiveFrom) {
    throw new AppError('INVALID_INPUT', `生效日期不能早于上一版本的生效日期（${latest.effectiveFrom}）。`);
  }
  const content = change.content ?? {
    name: latest.name,
    scene: latest.scene,
    leadDepartmentId: latest.leadDepartmentId,
    itemIds: db
      .select({ itemId: jointItemVersionMembers.itemId })
      .from(jointItemVersionMembers)
      .where(eq(jointItemVersionMembers.versionId, latest.id))
      .all()
      .map((m) => m.itemId),
  };
  if (change.content) assertMembers(db, content.itemIds, stamp.effectiveFrom);
  insertVersion(db, jointItemId, latest.versionNo + 1, change.status, content, stamp);
}
