import type { Db } from '../../../db/client';
import { departments } from '../../../db/schema';
import type { DepartmentLookup } from './normalize';

/** Every way a department is written in a sheet (name, short name, code) → its id. */
export function departmentLookup(db: Db): DepartmentLookup {
  const map = new Map<string, number>();
  for (const d of db.select().from(departments).all()) {
    for (const key of [d.name, d.shortName, d.code]) map.set(key, d.id);
  }
  return map;
}
