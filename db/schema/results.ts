import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';
import { departments } from './departments';
import { checkItems } from './items';
import { subjects } from './subjects';
import { tasks } from './tasks';

/**
 * 检查结果 categories: data the office edits, seeded with the national list. `problem` marks a category that means
 * something was wrong (it proposes a credit change and asks for the problem found); `unchecked` one where the
 * subject could not be inspected (无法联系, 已注销 …).
 */
export const resultCategories = sqliteTable('result_categories', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  problem: integer('problem', { mode: 'boolean' }).notNull().default(false),
  unchecked: integer('unchecked', { mode: 'boolean' }).notNull().default(false),
  sort: integer('sort').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...timestamps,
});

/** 后续处置 measures, editable like the categories. `none` marks 无需后续处置 (no follow-up record is opened). */
export const followUpMeasures = sqliteTable('follow_up_measures', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  none: integer('none', { mode: 'boolean' }).notNull().default(false),
  sort: integer('sort').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...timestamps,
});

/** 检查码: one per subject of a locked task, derived from the office's secret (codes/hmac.ts). */
export const inspectionCodes = sqliteTable(
  'inspection_codes',
  {
    code: text('code').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    subjectId: integer('subject_id')
      .notNull()
      .references(() => subjects.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('inspection_codes_task_subject_uq').on(t.taskId, t.subjectId)],
);

/**
 * 检查结果: the current result of one item at one drawn subject. A correction bumps `version` and keeps the earlier
 * content in result_versions. `publishDue` is the result date plus the setting's working days, stored so the
 * overdue query is an index range scan; it is recomputed when the setting changes.
 */
export const results = sqliteTable(
  'results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    subjectId: integer('subject_id')
      .notNull()
      .references(() => subjects.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => checkItems.id),
    /** The item's department: whose result it is (谁检查、谁录入、谁公开). */
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    /** Category codes (JSON list, sorted); a raw read parses it with results' categoryCodesOf. */
    categories: text('categories', { mode: 'json' }).$type<string[]>().notNull(),
    resultDate: text('result_date').notNull(),
    method: text('method').notNull(),
    description: text('description').notNull().default(''),
    problems: text('problems').notNull().default(''),
    status: text('status', { enum: ['entered', 'returned', 'approved'] }).notNull(),
    returnReason: text('return_reason'),
    /** 不予公示 with its legal reason: counted, never listed publicly. */
    withheldReason: text('withheld_reason'),
    /** The office's day it was withheld: from then on it counts as dealt with (a report of an earlier month keeps its figures). */
    withheldOn: text('withheld_on'),
    publishedOn: text('published_on'),
    publishDue: text('publish_due').notNull(),
    version: integer('version').notNull().default(1),
    enteredBy: text('entered_by').notNull(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('results_task_subject_item_uq').on(t.taskId, t.subjectId, t.itemId),
    index('results_subject_idx').on(t.subjectId),
    // Covers the 待办 counts: per department straight from the index, per officer grouped by task and subject.
    index('results_pending_due_idx')
      .on(t.publishDue, t.departmentId, t.taskId, t.subjectId)
      .where(sql`${t.publishedOn} IS NULL AND ${t.withheldReason} IS NULL`),
  ],
);

/**
 * A result's content before a correction, as result_versions keeps it. `categories` is the JSON text of the code
 * list exactly as the results row held it (a string inside the snapshot, as every stored version has it).
 */
export interface ResultSnapshot {
  categories: string;
  resultDate: string;
  method: string;
  description: string;
  problems: string;
  enteredBy: string;
  at: string;
}

/** The content a result had before each correction, with why it was corrected and by whom. */
export const resultVersions = sqliteTable(
  'result_versions',
  {
    resultId: integer('result_id')
      .notNull()
      .references(() => results.id),
    version: integer('version').notNull(),
    /** The result's fields as they were (JSON). */
    snapshot: text('snapshot', { mode: 'json' }).$type<ResultSnapshot>().notNull(),
    reason: text('reason').notNull(),
    actorName: text('actor_name').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.resultId, t.version] })],
);

/** Files attached to a result, kept in the data directory under their stored name. */
export const resultAttachments = sqliteTable(
  'result_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resultId: integer('result_id')
      .notNull()
      .references(() => results.id),
    name: text('name').notNull(),
    storedName: text('stored_name').notNull(),
    size: integer('size').notNull(),
    actorName: text('actor_name').notNull(),
    ...timestamps,
  },
  (t) => [index('result_attachments_result_idx').on(t.resultId)],
);

/** 后续处置: a measure taken on a result, by a responsible department, until it is closed (完结). */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resultId: integer('result_id')
      .notNull()
      .references(() => results.id),
    measure: text('measure')
      .notNull()
      .references(() => followUpMeasures.code),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    /** The day the measure was decided: the report counts it in that month, whenever it was typed in. */
    decidedOn: text('decided_on').notNull(),
    dueOn: text('due_on').notNull(),
    notes: text('notes').notNull().default(''),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    closedOn: text('closed_on'),
    outcome: text('outcome'),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [index('follow_ups_result_idx').on(t.resultId), index('follow_ups_status_idx').on(t.status, t.dueOn)],
);

/** 信用反馈: a risk-class change a result with problems proposes, until a person confirms or rejects it. */
export const creditProposals = sqliteTable(
  'credit_proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subjectId: integer('subject_id')
      .notNull()
      .references(() => subjects.id),
    resultId: integer('result_id')
      .notNull()
      .references(() => results.id),
    fromClass: text('from_class').notNull(),
    toClass: text('to_class').notNull(),
    status: text('status', { enum: ['proposed', 'confirmed', 'rejected'] })
      .notNull()
      .default('proposed'),
    decidedBy: text('decided_by'),
    decidedAt: text('decided_at'),
    note: text('note').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('credit_proposals_status_idx').on(t.status), index('credit_proposals_subject_idx').on(t.subjectId)],
);

export const CASE_SOURCES = ['投诉举报', '转办交办', '监测发现', '其他'] as const;

/** 个案: inspections from complaints, referrals or monitoring, recorded outside the random draw. */
export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source', { enum: CASE_SOURCES }).notNull(),
    receivedOn: text('received_on').notNull(),
    subjectId: integer('subject_id').references(() => subjects.id),
    subjectName: text('subject_name').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    summary: text('summary').notNull(),
    outcome: text('outcome'),
    closedOn: text('closed_on'),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [index('cases_subject_idx').on(t.subjectId)],
);
