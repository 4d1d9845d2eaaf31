import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';

/** 联席会议成员单位: the lead office and the member departments of the county. */
export const departments = sqliteTable(
  'departments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    isLead: integer('is_lead', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('departments_code_uq').on(t.code),
    uniqueIndex('departments_name_uq').on(t.name),
    // Only one department may be the lead office (牵头部门).
    uniqueIndex('departments_single_lead_uq')
      .on(t.isLead)
      .where(sql`${t.isLead} = 1`),
  ],
);
