import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';
import { planTasks, taskBasics } from './plans';

/**
 * 抽查任务: from a planned task, or ad hoc (专项检查, with its own reason). Its settings are copied from the plan
 * at creation, so a later plan adjustment never changes a task already drawn. A task is live until it is cancelled
 * (作废, with a reason and an approver); a planned task has at most one live task (the partial unique index), and a
 * task created after a cancelled one names the task it replaces.
 */
export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planTaskId: integer('plan_task_id').references(() => planTasks.id),
    kind: text('kind', { enum: ['planned', 'special'] }).notNull(),
    reason: text('reason').notNull().default(''),
    year: integer('year').notNull(),
    ...taskBasics(),
    teamSize: integer('team_size').notNull().default(2),
    expertsPerTeam: integer('experts_per_team').notNull().default(0),
    expertise: text('expertise'),
    /** When set, the inspection order is drawn in batches of this many (key items with a high ratio). */
    batchSize: integer('batch_size'),
    status: text('status', { enum: ['open', 'locked'] })
      .notNull()
      .default('open'),
    createdBy: text('created_by').notNull(),
    /** 作废: when, why, who approved it and who did it (migration 0019); null while the task is live. */
    cancelledAt: text('cancelled_at'),
    cancelReason: text('cancel_reason'),
    cancelApprover: text('cancel_approver'),
    cancelledBy: text('cancelled_by'),
    /** The cancelled task this one was created to replace (same planned task, or the same 专项). */
    replacesTaskId: integer('replaces_task_id').references((): AnySQLiteColumn => tasks.id),
    ...timestamps,
  },
  (t) => [
    index('tasks_year_idx').on(t.year),
    uniqueIndex('tasks_plan_task_live_uq')
      .on(t.planTaskId)
      .where(sql`${t.cancelledAt} IS NULL`),
  ],
);
