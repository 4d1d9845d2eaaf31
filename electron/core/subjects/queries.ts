import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import { subjectDepartments, subjectLabels, subjects } from '../../../db/schema';
import type { SubjectFilter, SubjectRowView } from './schemas';

/** Counting every match of a broad filter over a million rows costs more than it tells; past this we say "more". */
export const COUNT_CAP = 100_000;

/** The smallest string greater than every string starting with `prefix`: an index range instead of LIKE. */
const prefixRange = (column: SQLiteColumn, prefix: string): SQL =>
  sql`(${column} >= ${prefix} AND ${column} < ${`${prefix}\uffff`})`;

const ftsPhrase = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** How the search box is read: a USCC prefix, pinyin initials, or Chinese text in name or address. */
function searchCondition(q: string): SQL {
  const upper = q.toUpperCase();
  if (/^[0-9][0-9A-Z]{1,17}$/.test(upper)) return prefixRange(subjects.uscc, upper);
  if (/^[a-zA-Z]+$/.test(q)) {
    const initials = q.toLowerCase();
    // The trigram index needs three characters; shorter initials are a prefix on the indexed column.
    if (initials.length < 3) return prefixRange(subjects.nameInitials, initials);
    return sql`${subjects.id} IN (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH ${`name_initials : ${ftsPhrase(initials)}`})`;
  }
  if ([...q].length >= 3) {
    return sql`${subjects.id} IN (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH ${`{name address} : ${ftsPhrase(q)}`})`;
  }
  // One or two characters: below the trigram's reach, so a scan of names (fast enough with a page limit).
  return sql`instr(${subjects.name}, ${q}) > 0`;
}

export function subjectWhere(filter: SubjectFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.q) where.push(searchCondition(filter.q));
  if (filter.type) where.push(eq(subjects.type, filter.type));
  if (filter.riskClass) where.push(eq(subjects.riskClass, filter.riskClass));
  if (filter.regionCode) {
    where.push(
      filter.regionCode.length === 6
        ? eq(subjects.regionCode, filter.regionCode)
        : prefixRange(subjects.regionCode, filter.regionCode),
    );
  }
  if (filter.industryCode) where.push(prefixRange(subjects.industryCode, filter.industryCode.toUpperCase()));
  if (filter.regStatus) where.push(eq(subjects.regStatus, filter.regStatus));
  if (filter.abnormal !== undefined) where.push(eq(subjects.abnormal, filter.abnormal));
  if (filter.seriousIllegal !== undefined) where.push(eq(subjects.seriousIllegal, filter.seriousIllegal));
  if (filter.penalized3y !== undefined) where.push(eq(subjects.penalized3y, filter.penalized3y));
  const label = (kind: 'tag' | 'licence', value: string): SQL =>
    sql`${subjects.id} IN (SELECT ${subjectLabels.subjectId} FROM ${subjectLabels} WHERE ${subjectLabels.kind} = ${kind} AND ${subjectLabels.value} = ${value})`;
  if (filter.tag) where.push(label('tag', filter.tag));
  if (filter.licence) where.push(label('licence', filter.licence));
  if (filter.departmentId) {
    where.push(
      sql`${subjects.id} IN (SELECT ${subjectDepartments.subjectId} FROM ${subjectDepartments} WHERE ${subjectDepartments.departmentId} = ${filter.departmentId})`,
    );
  }
  return where.length > 0 ? and(...where) : undefined;
}

export const subjectColumns = {
  id: subjects.id,
  type: subjects.type,
  uscc: subjects.uscc,
  name: subjects.name,
  legalRep: subjects.legalRep,
  address: subjects.address,
  regionCode: subjects.regionCode,
  industryCode: subjects.industryCode,
  licences: subjects.licences,
  regStatus: subjects.regStatus,
  establishedOn: subjects.establishedOn,
  riskClass: subjects.riskClass,
  abnormal: subjects.abnormal,
  seriousIllegal: subjects.seriousIllegal,
  penalized3y: subjects.penalized3y,
  tags: subjects.tags,
  departmentIds: subjects.departmentIds,
  updatedAt: subjects.updatedAt,
};

export type SubjectSort = 'recent' | 'uscc';

export function listSubjects(
  db: Db,
  filter: SubjectFilter,
  page: { page: number; pageSize: number; sort: SubjectSort },
): { total: number; capped: boolean; rows: SubjectRowView[] } {
  const where = subjectWhere(filter);
  const order = page.sort === 'uscc' ? asc(subjects.uscc) : desc(subjects.id);
  const rows = db
    .select(subjectColumns)
    .from(subjects)
    .where(where)
    .orderBy(order)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .all();
  const counted = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${subjects} ${where ? sql`WHERE ${where}` : sql``} LIMIT ${COUNT_CAP + 1})`,
  );
  const total = Math.min(counted.n, COUNT_CAP);
  return { total, capped: counted.n > COUNT_CAP, rows };
}
