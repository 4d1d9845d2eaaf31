import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { SubjectFilter } from '../../electron/core/subjects/schemas';
import { timestamps } from './common';
import { departments } from './departments';

export const TAG_CATEGORIES = ['许可', '行业', '风险', '信用', '监管重点', '其他'] as const;

/** 标签化管理: the catalogue of tags and the category each belongs to; subjects carry tags by name. */
export const tagCatalogue = sqliteTable(
  'tag_catalogue',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    category: text('category', { enum: TAG_CATEGORIES }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('tag_catalogue_name_uq').on(t.name)],
);

/**
 * 子库: a saved subject filter (tags, fields) under a name. A department keeps its own; the common-supervision
 * library (shared) is visible to every department. Retired, never deleted.
 */
export const subLibraries = sqliteTable(
  'sub_libraries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** JSON of a SubjectFilter. */
    filter: text('filter', { mode: 'json' }).$type<SubjectFilter>().notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    shared: integer('shared', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [index('sub_libraries_department_idx').on(t.departmentId)],
);
