import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { RISK_CLASSES, SUBJECT_TYPES } from '../../electron/core/subjects/vocabulary.shared';
import type { FieldChange } from '../../electron/core/subjects/store';
import { timestamps } from './common';

// The vocabularies live in the shared tier (the renderer's lists read them too); re-exported for the schema's users.
export { RISK_CLASSES, SUBJECT_TYPES };

/** 检查对象名录库. The FTS5 trigram index over name, address and pinyin initials is kept by triggers (migration). */
export const subjects = sqliteTable(
  'subjects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type', { enum: SUBJECT_TYPES }).notNull(),
    /** Normalised 统一社会信用代码; null for products, projects and behaviours. */
    uscc: text('uscc'),
    name: text('name').notNull(),
    /** Pinyin initials of the name, lower-case ("市场监管局" → "scjgj"), for typing without an IME. */
    nameInitials: text('name_initials').notNull(),
    legalRep: text('legal_rep').notNull().default(''),
    address: text('address').notNull().default(''),
    regionCode: text('region_code').notNull().default(''),
    industryCode: text('industry_code').notNull().default(''),
    /** Licence types, '、'-joined ('、' never occurs in one: the normaliser splits on it); filters match whole items. */
    licences: text('licences').notNull().default(''),
    regStatus: text('reg_status').notNull().default('存续'),
    establishedOn: text('established_on'),
    riskClass: text('risk_class', { enum: RISK_CLASSES }).notNull().default('B'),
    abnormal: integer('abnormal', { mode: 'boolean' }).notNull().default(false),
    seriousIllegal: integer('serious_illegal', { mode: 'boolean' }).notNull().default(false),
    penalized3y: integer('penalized_3y', { mode: 'boolean' }).notNull().default(false),
    /** 投诉举报经核实: a verified complaint or report against the subject. */
    complaintVerified: integer('complaint_verified', { mode: 'boolean' }).notNull().default(false),
    /** Tags, '、'-joined like the licence types. */
    tags: text('tags').notNull().default(''),
    /** Supervising departments' ids, ','-joined in ascending order. */
    departmentIds: text('department_ids').notNull().default(''),
    /** Who created the row and how (manual, import, demo): its history's first entry, which costs an import no
     * change row per subject. Null on rows from before migration 0016, whose creation is a change row. */
    createdBy: text('created_by'),
    createdVia: text('created_via', { enum: ['manual', 'import', 'demo', 'credit'] }),
    ...timestamps,
  },
  // Lists are read newest-first and stop at a page, which a scan by id does at once for any common filter, so
  // list filters get no index: each would cost every imported row a B-tree insert (measured: ~4 µs each). The one
  // exception serves the draw: freezing a pool reads the active subjects of an industry with their class, targeting
  // flags and id from this covering index alone (200,000 candidates in tens of milliseconds instead of a full scan).
  // The flags after the id keep the order the pool was read in before they were added (migration 0022).
  (t) => [
    uniqueIndex('subjects_uscc_uq')
      .on(t.uscc)
      .where(sql`${t.uscc} IS NOT NULL`),
    index('subjects_pool_idx').on(
      t.industryCode,
      t.regStatus,
      t.riskClass,
      t.penalized3y,
      t.id,
      t.abnormal,
      t.seriousIllegal,
      t.complaintVerified,
    ),
  ],
);

/** Every change to a subject, old → new per field: the directory keeps its history. */
export const subjectChanges = sqliteTable(
  'subject_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subjectId: integer('subject_id')
      .notNull()
      .references(() => subjects.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    actorName: text('actor_name').notNull(),
    source: text('source', { enum: ['manual', 'import', 'demo', 'credit'] }).notNull(),
    /** JSON: [{ field, old, new }] — for a creation, old is null. */
    changes: text('changes', { mode: 'json' }).$type<FieldChange[]>().notNull(),
    ...timestamps,
  },
  (t) => [index('subject_changes_subject_idx').on(t.subjectId, t.id)],
);
