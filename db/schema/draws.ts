import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AttemptView } from '../../electron/core/draws/schemas';
import { DRAW_STATUSES } from '../../electron/core/draws/status.shared';
import { timestamps } from './common';
import { experts, inspectors } from './inspectors';
import { subjects } from './subjects';
import { tasks } from './tasks';

/**
 * 名单抽取: numbered attempts per task, never overwritten. An attempt is opened (pool frozen, nonce committed),
 * drawn once the witnesses have typed, and either locked or superseded by a redraw with reason and approver.
 */
export const draws = sqliteTable(
  'draws',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    attempt: integer('attempt').notNull(),
    status: text('status', { enum: DRAW_STATUSES }).notNull(),
    reason: text('reason').notNull().default(''),
    approver: text('approver').notNull().default(''),
    operatorName: text('operator_name').notNull(),
    /** Kept secret (never sent to a door) until the draw is run. */
    nonce: text('nonce').notNull(),
    nonceHash: text('nonce_hash').notNull(),
    poolHash: text('pool_hash').notNull(),
    poolSize: integer('pool_size').notNull(),
    /**
     * The verifiable record (object-draw.ts) as JSON: inputs while open, complete once drawn. Kept as text, not JSON
     * mode: it is exported and verified as written; draws' drawRecordOf reads it.
     */
    record: text('record').notNull(),
    /** How the counts came from the ratios, for the screen (JSON). */
    counting: text('counting', { mode: 'json' }).$type<AttemptView['counting']>().notNull(),
    /** Candidates the items' frequency caps left out. */
    excluded: integer('excluded').notNull().default(0),
    /** The witnesses' names and numbers (JSON), also inside the record. */
    witnesses: text('witnesses', { mode: 'json' }).$type<AttemptView['witnesses']>().notNull().default([]),
    seed: text('seed'),
    drawnAt: text('drawn_at'),
    lockedAt: text('locked_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('draws_task_attempt_uq').on(t.taskId, t.attempt)],
);

/** The drawn subjects of an attempt, in draw order, with their batch when one was drawn. */
export const drawSubjects = sqliteTable(
  'draw_subjects',
  {
    drawId: integer('draw_id')
      .notNull()
      .references(() => draws.id),
    seq: integer('seq').notNull(),
    subjectId: integer('subject_id')
      .notNull()
      .references(() => subjects.id),
    riskClass: text('risk_class').notNull(),
    batch: integer('batch'),
    /** The task's items that apply to this subject (JSON id list): one visit checks them all. */
    itemIds: text('item_ids', { mode: 'json' }).$type<number[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.drawId, t.seq] }), index('draw_subjects_subject_idx').on(t.subjectId)],
);

/** 人员匹配: numbered runs per locked draw, each with its verifiable record. */
export const matches = sqliteTable(
  'matches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    drawId: integer('draw_id')
      .notNull()
      .references(() => draws.id),
    attempt: integer('attempt').notNull(),
    status: text('status', { enum: ['current', 'superseded'] }).notNull(),
    reason: text('reason').notNull().default(''),
    /** The verifiable match record as JSON text (see draws.record); draws' matchRecordOf reads it. */
    record: text('record').notNull(),
    operatorName: text('operator_name').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('matches_task_attempt_uq').on(t.taskId, t.attempt)],
);

/** Who goes where: the current team of each drawn subject (officers and experts), after any manual change. */
export const teamMembers = sqliteTable(
  'team_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    subjectId: integer('subject_id')
      .notNull()
      .references(() => subjects.id),
    inspectorId: integer('inspector_id').references(() => inspectors.id),
    expertId: integer('expert_id').references(() => experts.id),
    matchId: integer('match_id')
      .notNull()
      .references(() => matches.id),
    /** Ended by a manual change or a new match; kept, never deleted. */
    endedAt: text('ended_at'),
    ...timestamps,
  },
  (t) => [
    index('team_members_task_idx').on(t.taskId, t.subjectId),
    // Who is on a subject's team now, answered from the index alone (the 待办 counts per officer).
    index('team_members_current_idx')
      .on(t.taskId, t.subjectId, t.inspectorId)
      .where(sql`${t.endedAt} IS NULL`),
  ],
);

/** A manual change of a team member after the match: who was replaced by whom, why, and by whom. */
export const teamChanges = sqliteTable(
  'team_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    subjectId: integer('subject_id')
      .notNull()
      .references(() => subjects.id),
    removedInspectorId: integer('removed_inspector_id')
      .notNull()
      .references(() => inspectors.id),
    addedInspectorId: integer('added_inspector_id')
      .notNull()
      .references(() => inspectors.id),
    reason: text('reason').notNull(),
    actorName: text('actor_name').notNull(),
    ...timestamps,
  },
  (t) => [index('team_changes_task_idx').on(t.taskId)],
);
