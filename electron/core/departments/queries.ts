import { and, asc, eq } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { departments } from '../../../db/schema';

/** How other areas read the departments: they never name the table themselves (docs/architecture.md §6). */

export type DepartmentRow = typeof departments.$inferSelect;

/** One department as stored, or undefined. */
export const departmentById = (db: ReadableDb, id: number): DepartmentRow | undefined =>
  db.select().from(departments).where(eq(departments.id, id)).get();

/**
 * Every department (inactive ones too) by id, in id order: a county has a few dozen, so a list of another area's rows
 * looks its department's name and place up here instead of joining the table (`byDepartmentOrder` sorts by place).
 */
export function departmentsById(db: ReadableDb): Map<number, DepartmentRow> {
  return new Map(
    db
      .select()
      .from(departments)
      .orderBy(asc(departments.id))
      .all()
      .map((d) => [d.id, d]),
  );
}

/** The active member departments' ids (the lead office is no member): those the set-up checklist asks to staff. */
export const activeMemberDepartmentIds = (db: ReadableDb): number[] =>
  db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.active, true), eq(departments.isLead, false)))
    .all()
    .map((d) => d.id);

/** Every department's short name by id (inactive ones too: old plans and tasks still name them). */
export function departmentNames(db: ReadableDb): Map<number, string> {
  return new Map(
    db
      .select({ id: departments.id, name: departments.shortName })
      .from(departments)
      .all()
      .map((d) => [d.id, d.name]),
  );
}

/**
 * `rows` ordered as lists show them: by their department's sort order, then by `then` (the order within one
 * department). Rows whose department is gone are left out, as an inner join of the departments did.
 */
export function byDepartmentOrder<T extends { departmentId: number }>(
  rows: readonly T[],
  depts: Map<number, DepartmentRow>,
  then: (a: T, b: T) => number,
): T[] {
  const place = (row: T) => depts.get(row.departmentId)?.sortOrder ?? 0;
  return rows.filter((row) => depts.has(row.departmentId)).sort((a, b) => place(a) - place(b) || then(a, b));
}

/** The departments in service, in the county's order: who submits reports (报送) to the county office. */
export function activeDepartments(db: ReadableDb): { id: number; name: string }[] {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.active, true))
    .orderBy(asc(departments.sortOrder), asc(departments.id))
    .all();
}
