import { and, eq, sql } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { subjects } from '../../../db/schema';
import { idIn } from '../sql';
import type { SubjectFilter } from './schemas';
import { subjectWhere } from './queries';
import { LIST_SEPARATOR } from './store';

/**
 * How other areas read the directory by id: they never name the subjects table themselves (docs/architecture.md §6).
 * Lists ask for their rows' subjects in one statement (`subjectsByIds`, `subjectNames`), never one query per row.
 */

export type SubjectRow = typeof subjects.$inferSelect;

/** One subject as stored, or undefined. */
export const subjectById = (db: ReadableDb, id: number): SubjectRow | undefined =>
  db.select().from(subjects).where(eq(subjects.id, id)).get();

/** The subject with this (normalised) USCC, or undefined. */
export const subjectByUscc = (db: ReadableDb, uscc: string): SubjectRow | undefined =>
  db.select().from(subjects).where(eq(subjects.uscc, uscc)).get();

/** Some subjects by id, in one statement; ids not in the directory are absent. */
export function subjectsByIds(db: ReadableDb, ids: readonly number[]): Map<number, SubjectRow> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select()
    .from(subjects)
    .where(idIn(subjects.id, [...new Set(ids)]))
    .all();
  return new Map(rows.map((s) => [s.id, s]));
}

/** Some subjects' names by id, in one statement: what lists of team changes, results and follow-ups show. */
export function subjectNames(db: ReadableDb, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: subjects.id, name: subjects.name })
    .from(subjects)
    .where(idIn(subjects.id, [...new Set(ids)]))
    .all();
  return new Map(rows.map((s) => [s.id, s.name]));
}

/** Those of `ids` that a filter (an item's scope, a library) matches, in one statement. */
export function subjectIdsMatching(db: ReadableDb, ids: readonly number[], filter: SubjectFilter): number[] {
  if (ids.length === 0) return [];
  return db
    .select({ id: subjects.id })
    .from(subjects)
    .where(and(idIn(subjects.id, ids), subjectWhere(filter)))
    .all()
    .map((r) => r.id);
}

/** Whether the directory holds any subject. */
export const hasSubjects = (db: ReadableDb): boolean =>
  db.select({ id: subjects.id }).from(subjects).limit(1).get() !== undefined;

/** A spread-out sample of the directory: the ids divisible by `every`, at most `most` of them (demo data). */
export const sampleSubjectIds = (db: ReadableDb, every: number, most: number): number[] =>
  db
    .select({ id: subjects.id })
    .from(subjects)
    .where(sql`${subjects.id} % ${every} = 0`)
    .limit(most)
    .all()
    .map((r) => r.id);

/**
 * How many subjects carry each tag: one pass over the distinct tag lists (a county has a few hundred), instead of
 * a scan of the directory per catalogue entry.
 */
export function subjectTagCounts(db: ReadableDb): Map<string, number> {
  const counts = new Map<string, number>();
  const lists = db
    .select({ tags: subjects.tags, n: sql<number>`count(*)` })
    .from(subjects)
    .where(sql`${subjects.tags} != ''`)
    .groupBy(subjects.tags)
    .all();
  for (const { tags, n } of lists)
    for (const tag of tags.split(LIST_SEPARATOR)) counts.set(tag, (counts.get(tag) ?? 0) + n);
  return counts;
}
