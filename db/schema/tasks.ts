import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';
import { planTasks, taskBasics } from './plans';

/**
 * 抽查任务: from a planned task, or ad hoc (专项检查, with its own reason). Its settings are copied from the plan
 * at creation, so a later plan adjustment never changes a task already drawn.
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
    ...timestamps,
  },
  (t) => [index('tasks_year_idx').on(t.year)],
);
