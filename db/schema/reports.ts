import { blob, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';
import { departments } from './departments';

/**
 * 报送: a department's monthly report, half-year or annual summary as it was submitted to the county office, frozen —
 * the workbook's bytes, its figures as canonical JSON, the SHA-256 of the bytes and the audit chain's head when it was
 * built — so it can be printed again unchanged whatever happens to the data later. A resubmission is a new version
 * with its reason; no row is ever changed or removed (triggers in 0025_report_submissions.sql).
 */
export const reportSubmissions = sqliteTable(
  'report_submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** monthly: 月报表 (period 2026-06); halfYear: 半年总结 (2026H1); annual: 年度总结 (2026). */
    kind: text('kind', { enum: ['monthly', 'halfYear', 'annual'] }).notNull(),
    period: text('period').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    version: integer('version').notNull(),
    /** Why it was submitted again; empty for a first submission. */
    reason: text('reason').notNull().default(''),
    fileName: text('file_name').notNull(),
    file: blob('file', { mode: 'buffer' }).notNull(),
    sha256: text('sha256').notNull(),
    figures: text('figures').notNull(),
    auditHeadId: integer('audit_head_id'),
    auditHeadHash: text('audit_head_hash'),
    /** The due date in force when it was submitted (reportDueOn), and the office day it was submitted on. */
    dueOn: text('due_on').notNull(),
    submittedOn: text('submitted_on').notNull(),
    submittedAt: text('submitted_at').notNull(),
    submittedBy: integer('submitted_by'),
    submittedByName: text('submitted_by_name').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('report_submissions_version_uq').on(t.kind, t.period, t.departmentId, t.version)],
);
