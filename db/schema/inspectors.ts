import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { InspectorChange } from '../../electron/core/inspectors/history';
import { timestamps } from './common';
import { departments } from './departments';
import { subjects } from './subjects';

/** 执法检查人员名录库: enforcement officers and daily-supervision staff. */
export const inspectors = sqliteTable(
  'inspectors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    /** 执法证号; unique where present (daily-supervision staff may have none yet). */
    certNo: text('cert_no'),
    certValidFrom: text('cert_valid_from'),
    certValidTo: text('cert_valid_to'),
    position: text('position').notNull().default(''),
    /** '、'-joined. */
    qualifications: text('qualifications').notNull().default(''),
    expertise: text('expertise').notNull().default(''),
    regionCode: text('region_code').notNull().default(''),
    phone: text('phone').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('inspectors_cert_uq')
      .on(t.certNo)
      .where(sql`${t.certNo} IS NOT NULL`),
    index('inspectors_department_idx').on(t.departmentId),
  ],
);

export const RECUSAL_RELATIONS = ['本人或近亲属经营', '原工作单位', '其他利害关系', '所在区域回避'] as const;

/**
 * 回避范围: a subject the inspector must not inspect, or a whole region — by code (6-digit county, 9-digit township or
 * street, 12-digit village or community) or a township or street by name (`region_name`, read from the subject's
 * address). inspectors/recusal.shared.ts holds the rule. Ended, never deleted.
 */
export const inspectorRecusals = sqliteTable(
  'inspector_recusals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectorId: integer('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    kind: text('kind', { enum: ['subject', 'region'] }).notNull(),
    subjectId: integer('subject_id').references(() => subjects.id),
    regionCode: text('region_code'),
    /** A township or street by name (城关镇、东城街道), kind 'region' with no code. */
    regionName: text('region_name'),
    relation: text('relation', { enum: RECUSAL_RELATIONS }).notNull(),
    reason: text('reason').notNull(),
    endedAt: text('ended_at'),
    endReason: text('end_reason'),
    ...timestamps,
  },
  (t) => [index('recusals_inspector_idx').on(t.inspectorId), index('recusals_subject_idx').on(t.subjectId)],
);

export const EXPERT_ORG_TYPES = ['检测机构', '科研院所', '高校', '专家学者', '其他'] as const;

/** 专家库: they may join a check but never count toward the required enforcement officers. */
export const experts = sqliteTable('experts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  organisation: text('organisation').notNull(),
  orgType: text('org_type', { enum: EXPERT_ORG_TYPES }).notNull(),
  field: text('field').notNull().default(''),
  phone: text('phone').notNull().default(''),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...timestamps,
});

/** Every change to an inspector's record, old → new per field (creation recorded without a snapshot). */
export const inspectorChanges = sqliteTable(
  'inspector_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectorId: integer('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    at: text('at').notNull(),
    actorName: text('actor_name').notNull(),
    source: text('source', { enum: ['manual', 'import', 'demo'] }).notNull(),
    changes: text('changes', { mode: 'json' }).$type<InspectorChange[]>().notNull(),
    ...timestamps,
  },
  (t) => [index('inspector_changes_inspector_idx').on(t.inspectorId, t.id)],
);
