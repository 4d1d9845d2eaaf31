import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, ReadableDb } from '../../../db/client';
import { settings } from '../../../db/schema';
import { insertStamps, updateStamp } from '../row-stamps';

/** Reads a setting, falling back to the default when it is absent or no longer fits its schema. */
export function readSetting<S extends z.ZodType>(
  db: ReadableDb,
  key: string,
  schema: S,
  fallback: z.output<S>,
): z.output<S> {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  if (!row) return fallback;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : fallback;
}

export function writeSetting(db: Db, key: string, value: unknown, now: Date): void {
  db.insert(settings)
    .values({ key, value, ...insertStamps(now) })
    .onConflictDoUpdate({ target: settings.key, set: { value, ...updateStamp(now) } })
    .run();
}

export function listSettings(db: ReadableDb): { key: string; value: unknown; updatedAt: string }[] {
  return db
    .select()
    .from(settings)
    .orderBy(settings.key)
    .all()
    .map((row) => ({ key: row.key, value: row.value, updatedAt: row.updatedAt }));
}
