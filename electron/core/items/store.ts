import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { checkItems, checkItemVersions } from '../../../db/schema';
import { byDepartmentOrder, departmentsById, type DepartmentRow } from '../departments';
import { AppError, notFound } from '../errors';
import type { ItemRecord } from './fields';
import { insertStamps } from '../row-stamps';

export interface ItemView {
  id: number;
  code: string;
  departmentId: number;
  departmentName: string;
  versionNo: number;
  effectiveFrom: string;
  status: 'active' | 'retired';
  name: string;
  basis: string;
  content: string;
  objectType: string;
  methods: string;
  category: 'key' | 'general';
  ratioCap: number | null;
  frequencyCap: number | null;
  ratioCapA: number | null;
  ratioCapB: number | null;
  ratioCapC: number | null;
  ratioCapD: number | null;
  frequencyCapA: number | null;
  frequencyCapB: number | null;
  frequencyCapC: number | null;
  frequencyCapD: number | null;
  scope: string;
}

const versionColumns = {
  id: checkItems.id,
  code: checkItems.code,
  departmentId: checkItems.departmentId,
  versionNo: checkItemVersions.versionNo,
  effectiveFrom: checkItemVersions.effectiveFrom,
  status: checkItemVersions.status,
  name: checkItemVersions.name,
  basis: checkItemVersions.basis,
  content: checkItemVersions.content,
  objectType: checkItemVersions.objectType,
  methods: checkItemVersions.methods,
  category: checkItemVersions.category,
  ratioCap: checkItemVersions.ratioCap,
  frequencyCap: checkItemVersions.frequencyCap,
  ratioCapA: checkItemVersions.ratioCapA,
  ratioCapB: checkItemVersions.ratioCapB,
  ratioCapC: checkItemVersions.ratioCapC,
  ratioCapD: checkItemVersions.ratioCapD,
  frequencyCapA: checkItemVersions.frequencyCapA,
  frequencyCapB: checkItemVersions.frequencyCapB,
  frequencyCapC: checkItemVersions.frequencyCapC,
  frequencyCapD: checkItemVersions.frequencyCapD,
  scope: checkItemVersions.scope,
};

/** Every item's name by id, as its latest version (retired or not) has it: what lists of tasks and results show. */
export function itemNames(db: ReadableDb): Map<number, string> {
  return new Map(
    db
      .select({ id: checkItems.id, name: checkItemVersions.name })
      .from(checkItems)
      .innerJoin(
        checkItemVersions,
        sql`${checkItemVersions.id} = (SELECT max(v.id) FROM ${checkItemVersions} v WHERE v.item_id = ${checkItems.id})`,
      )
      .all()
      .map((i) => [i.id, i.name]),
  );
}

/** Per item, the version in force on `asOf`: the latest effective by then, the higher number breaking ties. */
const versionInForce = (asOf: string) =>
  sql`${checkItemVersions.id} = (SELECT v.id FROM ${checkItemVersions} v WHERE v.item_id = ${checkItems.id} AND v.effective_from <= ${asOf} ORDER BY v.effective_from DESC, v.version_no DESC LIMIT 1)`;

/**
 * The rows with their department's full name from the departments area, where the joined column stood (after
 * departmentId); rows whose department is gone are left out, as the inner join did.
 */
function withDepartmentNames<T extends Omit<ItemView, 'departmentName'>>(
  rows: T[],
  depts: Map<number, DepartmentRow>,
): (T & { departmentName: string })[] {
  return rows.flatMap(({ id, code, departmentId, ...rest }) => {
    const dept = depts.get(departmentId);
    return dept
      ? [{ id, code, departmentId, departmentName: dept.name, ...rest } as T & { departmentName: string }]
      : [];
  });
}

/** Text in SQLite's BINARY order: UTF-16 order is the same for every character outside the astral planes. */
const binaryOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface ItemFilter {
  asOf: string;
  departmentId?: number;
  category?: 'key' | 'general';
  q?: string;
  includeRetired?: boolean;
}

export function listItems(db: ReadableDb, filter: ItemFilter): ItemView[] {
  const rows = db
    .select(versionColumns)
    .from(checkItems)
    .innerJoin(checkItemVersions, versionInForce(filter.asOf))
    .where(
      and(
        filter.includeRetired ? undefined : eq(checkItemVersions.status, 'active'),
        filter.departmentId ? eq(checkItems.departmentId, filter.departmentId) : undefined,
        filter.category ? eq(checkItemVersions.category, filter.category) : undefined,
        filter.q
          ? sql`(instr(${checkItemVersions.name}, ${filter.q}) > 0 OR instr(${checkItems.code}, ${filter.q.toUpperCase()}) > 0)`
          : undefined,
      ),
    )
    .all();
  if (rows.length === 0) return [];
  const depts = departmentsById(db);
  // By the department's place, then by code, as the join's ORDER BY had it.
  return withDepartmentNames(
    byDepartmentOrder(rows, depts, (a, b) => binaryOrder(a.code, b.code)),
    depts,
  );
}

export function itemVersions(
  db: ReadableDb,
  itemId: number,
): (ItemView & { reason: string; actorName: string; createdAt: string })[] {
  const rows = db
    .select({
      ...versionColumns,
      reason: checkItemVersions.reason,
      actorName: checkItemVersions.actorName,
      createdAt: checkItemVersions.createdAt,
    })
    .from(checkItemVersions)
    .innerJoin(checkItems, eq(checkItems.id, checkItemVersions.itemId))
    .where(eq(checkItemVersions.itemId, itemId))
    .orderBy(desc(checkItemVersions.versionNo))
    .all();
  return rows.length === 0 ? [] : withDepartmentNames(rows, departmentsById(db));
}

export interface VersionStamp {
  effectiveFrom: string;
  reason: string;
  actorName: string;
  /** The call's instant: the rows' created_at / updated_at. */
  at: Date;
}

const versionValues = (record: ItemRecord) => ({
  name: record.name,
  basis: record.basis,
  content: record.content,
  objectType: record.objectType,
  methods: record.methods.join('、'),
  category: record.category,
  ratioCap: record.ratioCap,
  frequencyCap: record.frequencyCap,
  ratioCapA: record.ratioCapA,
  ratioCapB: record.ratioCapB,
  ratioCapC: record.ratioCapC,
  ratioCapD: record.ratioCapD,
  frequencyCapA: record.frequencyCapA,
  frequencyCapB: record.frequencyCapB,
  frequencyCapC: record.frequencyCapC,
  frequencyCapD: record.frequencyCapD,
});

export function createItem(db: Db, record: ItemRecord, stamp: VersionStamp, scope = '{}'): number {
  if (db.select({ id: checkItems.id }).from(checkItems).where(eq(checkItems.code, record.code)).get()) {
    throw new AppError('CONFLICT', `事项编码 ${record.code} 已存在；修改已有事项请用“修订”。`);
  }
  const { at, ...version } = stamp;
  const { id } = db
    .insert(checkItems)
    .values({ code: record.code, departmentId: record.departmentId, ...insertStamps(at) })
    .returning({ id: checkItems.id })
    .get();
  db.insert(checkItemVersions)
    .values({
      itemId: id,
      versionNo: 1,
      status: 'active',
      scope,
      ...versionValues(record),
      ...version,
      ...insertStamps(at),
    })
    .run();
  return id;
}

function latestVersion(db: ReadableDb, itemId: number) {
  const latest = db
    .select()
    .from(checkItemVersions)
    .where(eq(checkItemVersions.itemId, itemId))
    .orderBy(desc(checkItemVersions.versionNo))
    .limit(1)
    .get();
  if (!latest) throw notFound('该抽查事项');
  return latest;
}

/** A new version (revision or retirement), never an edit of an old one; it may not take effect before the last. */
export function addVersion(
  db: Db,
  itemId: number,
  change: { record?: ItemRecord; status: 'active' | 'retired'; scope?: string },
  stamp: VersionStamp,
): void {
  const { at, ...version } = stamp;
  const latest = latestVersion(db, itemId);
  if (stamp.effectiveFrom < latest.effectiveFrom) {
    throw new AppError('INVALID_INPUT', `生效日期不能早于上一版本的生效日期（${latest.effectiveFrom}）。`);
  }
  if (change.status === 'retired' && latest.status === 'retired') throw new AppError('CONFLICT', '该事项已经废止。');
  const values = change.record
    ? versionValues(change.record)
    : {
        name: latest.name,
        basis: latest.basis,
        content: latest.content,
        objectType: latest.objectType,
        methods: latest.methods,
        category: latest.category,
        ratioCap: latest.ratioCap,
        frequencyCap: latest.frequencyCap,
        ratioCapA: latest.ratioCapA,
        ratioCapB: latest.ratioCapB,
        ratioCapC: latest.ratioCapC,
        ratioCapD: latest.ratioCapD,
        frequencyCapA: latest.frequencyCapA,
        frequencyCapB: latest.frequencyCapB,
        frequencyCapC: latest.frequencyCapC,
        frequencyCapD: latest.frequencyCapD,
      };
  db.insert(checkItemVersions)
    .values({
      itemId,
      versionNo: latest.versionNo + 1,
      status: change.status,
      scope: change.scope ?? latest.scope,
      ...values,
      ...version,
      ...insertStamps(at),
    })
    .run();
}

export function recordOfLatest(db: ReadableDb, itemId: number): ItemRecord & { status: string } {
  const v = latestVersion(db, itemId);
  const item = db.select().from(checkItems).where(eq(checkItems.id, itemId)).get();
  if (!item) throw notFound('该抽查事项');
  return {
    code: item.code,
    departmentId: item.departmentId,
    name: v.name,
    basis: v.basis,
    content: v.content,
    objectType: v.objectType,
    methods: (v.methods ? v.methods.split('、') : []) as ItemRecord['methods'],
    category: v.category,
    ratioCap: v.ratioCap,
    frequencyCap: v.frequencyCap,
    ratioCapA: v.ratioCapA,
    ratioCapB: v.ratioCapB,
    ratioCapC: v.ratioCapC,
    ratioCapD: v.ratioCapD,
    frequencyCapA: v.frequencyCapA,
    frequencyCapB: v.frequencyCapB,
    frequencyCapC: v.frequencyCapC,
    frequencyCapD: v.frequencyCapD,
    status: v.status,
  };
}
