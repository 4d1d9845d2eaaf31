import type { Db } from '../../../db/client';
import { departments } from '../../../db/schema';
import { insertStamps } from '../row-stamps';
import seed from '../../../resources/seed/departments.json';

// Kept apart from the handlers (service.ts), which read the users area's account counts, so that the area's public
// surface loads no other area (docs/architecture.md §6, 加载顺序).

/** Fills the member departments of a typical county on a fresh database; the office edits them afterwards. */
export function seedDepartments(db: Db, now: Date): void {
  if (db.select({ id: departments.id }).from(departments).limit(1).get()) return;
  db.insert(departments)
    .values(seed.map((d, i) => ({ ...d, isLead: d.isLead ?? false, sortOrder: (i + 1) * 10, ...insertStamps(now) })))
    .run();
}
