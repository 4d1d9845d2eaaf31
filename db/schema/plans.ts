import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { StoredRatios } from '../../electron/core/plans';
import type { PlanTaskView } from '../../electron/core/plans/schemas';
import { INSPECTION_MODES } from '../../electron/core/plans/vocabulary.shared';
import { timestamps } from './common';
import { departments } from './departments';

// The vocabulary lives in the shared tier (the renderer's task form reads it too); re-exported for the schema's users.
export { INSPECTION_MODES };

/**
 * 年度抽查计划: one per department and year, and the county plan (department null) compiled from them. Published
 * plans are never edited in place: each change is a plan_adjustments row and bumps the version when published.
 */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    name: text('name').notNull(),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    /** The date the plan was approved (批准), from which the 5-working-day publication window runs. */
    approvedOn: text('approved_on'),
    publishedOn: text('published_on'),
    /** 0 while a draft; 1 when first published; +1 for each published batch of adjustments. */
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('plans_year_department_uq').on(t.year, t.departmentId)],
);

/**
 * What a planned task and a task made from it both hold. Items and departments are JSON id lists: read with their
 * task, never filtered on. JSON columns are declared in drizzle's JSON mode with their type, so a row read through
 * drizzle carries them parsed and typed (the column stays TEXT). A function, so each table gets column builders of
 * its own.
 */
export const taskBasics = () => ({
  name: text('name').notNull(),
  itemIds: text('item_ids', { mode: 'json' }).$type<number[]>().notNull(),
  leadDepartmentId: integer('lead_department_id')
    .notNull()
    .references(() => departments.id),
  departmentIds: text('department_ids', { mode: 'json' }).$type<number[]>().notNull(),
  /** The object scope, a saved subject filter (JSON). */
  scope: text('scope').notNull().default('{}'),
  /** Sampling ratios in basis points (1% = 100): {"all": n} or {"A": n, …, "D": n}, and optionally "penalized". */
  ratios: text('ratios', { mode: 'json' }).$type<StoredRatios>().notNull(),
  periodStart: text('period_start').notNull(),
  periodEnd: text('period_end').notNull(),
  mode: text('mode', { enum: INSPECTION_MODES }).notNull(),
});

/** A planned task of a plan. */
export const planTasks = sqliteTable(
  'plan_tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    ...taskBasics(),
    frequency: integer('frequency').notNull().default(1),
    notes: text('notes').notNull().default(''),
    /** Why the class ratios do not rise with the risk (A ≤ B ≤ C ≤ D, penalised ≥ its classes); '' when they do. */
    ratioOrderReason: text('ratio_order_reason').notNull().default(''),
    status: text('status', { enum: ['active', 'cancelled'] })
      .notNull()
      .default('active'),
    ...timestamps,
  },
  (t) => [index('plan_tasks_plan_idx').on(t.planId)],
);

/** 计划调整: every change to a published plan, with reason and 报备 date, published in its own right. */
export const planAdjustments = sqliteTable(
  'plan_adjustments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    planTaskId: integer('plan_task_id')
      .notNull()
      .references(() => planTasks.id),
    kind: text('kind', { enum: ['add', 'cancel', 'modify'] }).notNull(),
    reason: text('reason').notNull(),
    filedOn: text('filed_on').notNull(),
    /** The plan version that published it; null until published. */
    version: integer('version'),
    publishedOn: text('published_on'),
    /** The planned task before and after (JSON); null before an addition. */
    before: text('before', { mode: 'json' }).$type<PlanTaskView>(),
    after: text('after', { mode: 'json' }).$type<PlanTaskView>().notNull(),
    actorName: text('actor_name').notNull(),
    ...timestamps,
  },
  (t) => [index('plan_adjustments_plan_idx').on(t.planId, t.id)],
);
