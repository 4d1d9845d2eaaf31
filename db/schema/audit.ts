import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
