import type { ReadableDb } from '../../../db/client';
import { departmentsById } from '../departments';
import type { DepartmentLookup } from './normalize';

/** Every way a department is written in a sheet (name, short name, code) → its id. */
export function departmentLookup(db: ReadableDb): DepartmentLookup {
  const map = new Map<string, number>();
  // In id order: where two departments share a way of writing, the later one wins.
  for (const d of departmentsById(db).values()) {
    for (const key of [d.name, d.shortName, d.code]) map.set(key, d.id);
  }
  return map;
}

/** Department id → code: how a form's chosen department is written into the row the normalisers read. */
export function departmentCodes(db: ReadableDb): Map<number, string> {
  return new Map([...departmentsById(db).values()].map((d) => [d.id, d.code]));
}
