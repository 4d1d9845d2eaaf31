import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only, hash-chained record of every write (triggers in the migration refuse UPDATE and DELETE).
 * hash = SHA-256(prev_hash ‖ canonical(entry without hash)).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    door: text('door').notNull(),
    method: text('method').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    inputDigest: text('input_digest').notNull(),
    outcome: text('outcome').notNull(),
    prevHash: text('prev_hash').notNull(),
    /** SHA-256 over the digests of the rows the write left (audit_row_digests); null when it touched none. */
    rowsDigest: text('rows_digest'),
    hash: text('hash').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_method_idx').on(t.method),
    index('audit_actor_idx').on(t.actorName),
    index('audit_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Every audit head the app printed or exported (PDF footers, signed anchor files): truncation past one is named. */
export const auditAnchors = sqliteTable(
  'audit_anchors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id').notNull(),
    hash: text('hash').notNull(),
    /** What carried the head, e.g. the PDF's file name. */
    purpose: text('purpose').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('audit_anchors_entry_idx').on(t.entryId)],
);

/**
 * What one audited write left in one table: the rowids it touched (JSON runs [first, count]) and a 16-byte digest per
 * row, in the same order (all zero for a deleted row). audit/rows.ts computes them; the entry's rows_digest covers them.
 */
export const auditRowDigests = sqliteTable(
  'audit_row_digests',
  {
    entryId: integer('entry_id').notNull(),
    tbl: text('tbl').notNull(),
    /** 1: rows a bulk insert declared, digested later by system.digestRows entries (digests is empty). */
    pending: integer('pending').notNull().default(0),
    rowIds: text('row_ids', { mode: 'json' }).$type<[first: number, count: number][]>().notNull(),
    digests: blob('digests', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.tbl, t.pending] })],
);

/** Declared rows still to be digested while the app is idle: rowids next_rid…last_rid of the table. */
export const auditRowBacklog = sqliteTable(
  'audit_row_backlog',
  {
    entryId: integer('entry_id').notNull(),
    tbl: text('tbl').notNull(),
    nextRid: integer('next_rid').notNull(),
    lastRid: integer('last_rid').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.tbl] })],
);

/** The highest rowid of each audited table when row digests began: rows up to it are 未登记, not suspicious. */
export const auditRowBaseline = sqliteTable('audit_row_baseline', {
  tbl: text('tbl').primaryKey(),
  maxRowid: integer('max_rowid').notNull(),
});
