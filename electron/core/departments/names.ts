import { asc, eq } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { departments } from '../../../db/schema';

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

/** The departments in service, in the county's order: who submits reports (报送) to the county office. */
export function activeDepartments(db: ReadableDb): { id: number; name: string }[] {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.active, true))
    .orderBy(asc(departments.sortOrder), asc(departments.id))
    .all();
}
