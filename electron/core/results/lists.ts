import { asc } from 'drizzle-orm';
import { z } from 'zod';
import type { ReadableDb } from '../../../db/client';
import { followUpMeasures, resultCategories } from '../../../db/schema';

/** The result categories and follow-up measures: data the office edits, so every reader takes them from here. */
export const categoriesOf = (db: ReadableDb) =>
  db.select().from(resultCategories).orderBy(asc(resultCategories.sort), asc(resultCategories.code)).all();

export const measuresOf = (db: ReadableDb) =>
  db.select().from(followUpMeasures).orderBy(asc(followUpMeasures.sort), asc(followUpMeasures.code)).all();

export type CategoryRow = ReturnType<typeof categoriesOf>[number];

const codeSchema = z
  .string({ error: '请填写代码。' })
  .trim()
  .regex(/^[0-9A-Za-z]{1,6}$/, '代码为 1–6 位字母或数字（如 11）。');
const nameSchema = z
  .string({ error: '请填写名称。' })
  .trim()
  .min(2, '名称至少 2 个字。')
  .max(60, '名称不能超过 60 个字。');

export const categoryInput = z.object({
  code: codeSchema,
  name: nameSchema,
  problem: z.boolean().default(false),
  unchecked: z.boolean().default(false),
  sort: z.number().int().min(0).max(999).default(0),
  active: z.boolean().default(true),
});

export const measureInput = z.object({
  code: codeSchema,
  name: nameSchema,
  none: z.boolean().default(false),
  sort: z.number().int().min(0).max(999).default(0),
  active: z.boolean().default(true),
});

export const categoryView = categoryInput.required();

/** Whether choosing the category asks for the problem found (a problem at a subject that could be inspected). */
export const asksProblems = (c: { problem: boolean; unchecked: boolean }): boolean => c.problem && !c.unchecked;

/**
 * 发现问题: a result found a problem when any of its categories is a problem category (the office's list marks them).
 * The one home of the rule: a result with one proposes a credit change (entry.ts), only such a result takes a
 * follow-up (followups), and the figures' 发现问题 column counts the same (`rc.problem = 1`, figures.ts).
 */
export const foundProblem = (codes: readonly string[], problemCodes: ReadonlySet<string>): boolean =>
  codes.some((code) => problemCodes.has(code));

/** The category codes that mean a problem was found, as the office's list has them now. */
export const problemCodesOf = (db: ReadableDb): Set<string> =>
  new Set(
    categoriesOf(db)
      .filter((c) => c.problem)
      .map((c) => c.code),
  );

/** Whether a stored result found a problem, reading the office's category list. */
export const resultFoundProblem = (db: ReadableDb, result: { categories: readonly string[] }): boolean =>
  foundProblem(result.categories, problemCodesOf(db));

/** A category as the lists show it, with what choosing it asks for, so a form follows the same rule as the core. */
export const categoryListView = categoryView.extend({ asksProblems: z.boolean() });
export const measureView = measureInput.required();
