import type { Db, ReadableDb } from '../../../db/client';
import { departments } from '../../../db/schema';
import type { DepartmentLookup } from './normalize';

/** Every way a department is written in a sheet (name, short name, code) → its id. */
export function departmentLookup(db: ReadableDb): DepartmentLookup {
  const map = new Map<string, number>();
  for (const d of db.select().from(departments).all()) {
    for (const key of [d.name, d.shortName, d.code]) map.set(key, d.id);
  }
  return map;
}

/** Department id → code: how a form's chosen department is written into the row the normalisers read. */
export function departmentCodes(db: Db): Map<number, string> {
  return new Map(
    db
      .select({ id: departments.id, code: departments.code })
      .from(departments)
      .all()
      .map((d) => [d.id, d.code]),
  );
}
