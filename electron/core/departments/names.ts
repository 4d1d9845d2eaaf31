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
