import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { departments, inspectorRecusals, inspectors } from '../../../db/schema';
import { addDays } from '../dates';
import { notFound } from '../errors';
import { containsText } from '../sql';
import type { InspectorView } from './contract';
import type { InspectorRecord } from './fields';

/** A certificate this close to its end is flagged so the office renews it before a draw needs the officer. */
export const EXPIRY_WARNING_DAYS = 30;

export function columnsOf(record: InspectorRecord) {
  return { ...record, qualifications: record.qualifications.join('、'), expertise: record.expertise.join('、') };
}

export function recordOf(row: typeof inspectors.$inferSelect): InspectorRecord {
  const list = (text: string): string[] => (text ? text.split('、') : []);
  const { name, departmentId, certNo, certValidFrom, certValidTo, position, regionCode, phone, active } = row;
  return {
    name,
    departmentId,
    certNo,
    certValidFrom,
    certValidTo,
    position,
    qualifications: list(row.qualifications),
    expertise: list(row.expertise),
    regionCode,
    phone,
    active,
  };
}

export function certStatus(certNo: string | null, validTo: string | null, today: string): InspectorView['certStatus'] {
  if (!certNo || !validTo) return 'none';
  if (validTo < today) return 'expired';
  return validTo <= addDays(today, EXPIRY_WARNING_DAYS) ? 'expiring' : 'valid';
}

export interface InspectorFilter {
  q?: string;
  departmentId?: number;
  certStatus?: InspectorView['certStatus'];
  active?: boolean;
}

function certCondition(status: InspectorView['certStatus'], today: string): SQL | undefined {
  const soon = addDays(today, EXPIRY_WARNING_DAYS);
  if (status === 'none') return or(isNull(inspectors.certNo), isNull(inspectors.certValidTo));
  if (status === 'expired') return sql`${inspectors.certNo} IS NOT NULL AND ${inspectors.certValidTo} < ${today}`;
  if (status === 'expiring')
    return sql`${inspectors.certNo} IS NOT NULL AND ${inspectors.certValidTo} BETWEEN ${today} AND ${soon}`;
  return sql`${inspectors.certNo} IS NOT NULL AND ${inspectors.certValidTo} > ${soon}`;
}

const recusalCount = sql<number>`(SELECT count(*) FROM ${inspectorRecusals} WHERE ${inspectorRecusals.inspectorId} = ${inspectors.id} AND ${inspectorRecusals.endedAt} IS NULL)`;

export function listInspectors(db: ReadableDb, filter: InspectorFilter, today: string, id?: number): InspectorView[] {
  const where: (SQL | undefined)[] = [];
  if (id !== undefined) where.push(eq(inspectors.id, id));
  if (filter.q) {
    where.push(or(containsText(inspectors.name, filter.q), containsText(inspectors.certNo, filter.q)));
  }
  if (filter.departmentId) where.push(eq(inspectors.departmentId, filter.departmentId));
  if (filter.active !== undefined) where.push(eq(inspectors.active, filter.active));
  if (filter.certStatus) where.push(certCondition(filter.certStatus, today));
  return db
    .select({
      id: inspectors.id,
      name: inspectors.name,
      departmentId: inspectors.departmentId,
      departmentName: departments.name,
      certNo: inspectors.certNo,
      certValidFrom: inspectors.certValidFrom,
      certValidTo: inspectors.certValidTo,
      position: inspectors.position,
      qualifications: inspectors.qualifications,
      expertise: inspectors.expertise,
      regionCode: inspectors.regionCode,
      phone: inspectors.phone,
      active: inspectors.active,
      recusalCount,
    })
    .from(inspectors)
    .innerJoin(departments, eq(departments.id, inspectors.departmentId))
    .where(and(...where))
    .orderBy(departments.sortOrder, inspectors.id)
    .all()
    .map((row) => ({ ...row, certStatus: certStatus(row.certNo, row.certValidTo, today) }));
}

export function getInspector(db: ReadableDb, id: number, today: string): InspectorView {
  const [row] = listInspectors(db, {}, today, id);
  if (!row) throw notFound('该执法人员');
  return row;
}
