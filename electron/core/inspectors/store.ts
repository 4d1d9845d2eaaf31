import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { inspectorRecusals, inspectors } from '../../../db/schema';
import { byDepartmentOrder, departmentsById } from '../departments';
import { addDays } from '../dates';
import { notFound } from '../errors';
import { containsText } from '../sql';
import { certStatusOn, EXPIRY_WARNING_DAYS, hasCertNo, type CertStatus } from './certificate.shared';
import type { InspectorView } from './contract';
import type { InspectorRecord } from './fields';

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

/** The list's status of a row on the office's today: the one certificate rule (certificate.shared.ts). */
export const certStatusOfRow = (
  row: Pick<InspectorRecord, 'certNo' | 'certValidFrom' | 'certValidTo' | 'active'>,
  today: string,
): CertStatus => certStatusOn({ ...row, hasCertNo: hasCertNo(row.certNo) }, today);

export interface InspectorFilter {
  q?: string;
  departmentId?: number;
  certStatus?: CertStatus;
  active?: boolean;
}

/**
 * certStatusOn written in SQL, so the list's status filter pages in the database: the same cases in the same order
 * (test/unit/certificate-rule.test.ts checks that it agrees with the function on every case).
 */
export function certStatusSql(today: string): SQL<CertStatus> {
  const soon = addDays(today, EXPIRY_WARNING_DAYS);
  return sql<CertStatus>`(CASE
    WHEN ${inspectors.active} = 0 THEN 'inactive'
    WHEN coalesce(${inspectors.certNo}, '') = '' OR ${inspectors.certValidTo} IS NULL THEN 'none'
    WHEN ${inspectors.certValidTo} < ${today} THEN 'expired'
    WHEN ${inspectors.certValidFrom} IS NOT NULL AND ${inspectors.certValidFrom} > ${today} THEN 'notYetValid'
    WHEN ${inspectors.certValidTo} <= ${soon} THEN 'expiring'
    ELSE 'valid' END)`;
}

// The officer's id is written qualified: a select from one table renders its columns bare, and a bare "id" inside
// the subquery would be the recusal's own.
const recusalCount = sql<number>`(SELECT count(*) FROM ${inspectorRecusals} WHERE ${inspectorRecusals.inspectorId} = ${inspectors}.${sql.identifier(inspectors.id.name)} AND ${inspectorRecusals.endedAt} IS NULL)`;

export function listInspectors(db: ReadableDb, filter: InspectorFilter, today: string, id?: number): InspectorView[] {
  const where: (SQL | undefined)[] = [];
  if (id !== undefined) where.push(eq(inspectors.id, id));
  if (filter.q) {
    where.push(or(containsText(inspectors.name, filter.q), containsText(inspectors.certNo, filter.q)));
  }
  if (filter.departmentId) where.push(eq(inspectors.departmentId, filter.departmentId));
  if (filter.active !== undefined) where.push(eq(inspectors.active, filter.active));
  if (filter.certStatus) where.push(sql`${certStatusSql(today)} = ${filter.certStatus}`);
  const rows = db
    .select({
      id: inspectors.id,
      name: inspectors.name,
      departmentId: inspectors.departmentId,
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
    .where(and(...where))
    .all();
  if (rows.length === 0) return [];
  // The department's full name and place come from the departments area; departmentName keeps its place in the row.
  const depts = departmentsById(db);
  return byDepartmentOrder(rows, depts, (a, b) => a.id - b.id).map(({ id, name, departmentId, ...rest }) => {
    const row = { id, name, departmentId, departmentName: depts.get(departmentId)?.name ?? '', ...rest };
    return { ...row, certStatus: certStatusOfRow(row, today) };
  });
}

export function getInspector(db: ReadableDb, id: number, today: string): InspectorView {
  const [row] = listInspectors(db, {}, today, id);
  if (!row) throw notFound('该执法人员');
  return row;
}
