import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from './common';
import { departments } from './departments';

/** 抽查事项: the stable identity of an item; what it says lives in its versions. */
export const checkItems = sqliteTable(
  'check_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('check_items_code_uq').on(t.code), index('check_items_department_idx').on(t.departmentId)],
);

export const ITEM_METHODS = ['实地核查', '书面检查', '网络监测', '委托第三方'] as const;

/**
 * 立改废释: an edit is a new version effective from a date, with its reason; retiring is a version too. The list
 * as of any date is, per item, its latest version effective by then (unless that version retires it).
 */
export const checkItemVersions = sqliteTable(
  'check_item_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => checkItems.id),
    versionNo: integer('version_no').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    status: text('status', { enum: ['active', 'retired'] }).notNull(),
    name: text('name').notNull(),
    basis: text('basis').notNull(),
    content: text('content').notNull().default(''),
    objectType: text('object_type').notNull().default(''),
    /** '、'-joined ITEM_METHODS. */
    methods: text('methods').notNull(),
    category: text('category', { enum: ['key', 'general'] }).notNull(),
    /** 一般事项: the highest sampling ratio (%) and times per year; null for 重点事项 (no cap). */
    ratioCap: real('ratio_cap'),
    frequencyCap: integer('frequency_cap'),
    /** Optional per-class ratio caps (%) of a 一般事项; null: `ratioCap` applies to that class (see items' capFor). */
    ratioCapA: real('ratio_cap_a'),
    ratioCapB: real('ratio_cap_b'),
    ratioCapC: real('ratio_cap_c'),
    ratioCapD: real('ratio_cap_d'),
    /** Optional per-class yearly frequency caps of a 一般事项; null: `frequencyCap` applies (items' frequencyCapFor). */
    frequencyCapA: integer('frequency_cap_a'),
    frequencyCapB: integer('frequency_cap_b'),
    frequencyCapC: integer('frequency_cap_c'),
    frequencyCapD: integer('frequency_cap_d'),
    /** The subjects the item applies to, as a saved subject filter (JSON). */
    scope: text('scope').notNull().default('{}'),
    reason: text('reason').notNull(),
    actorName: text('actor_name').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('item_versions_uq').on(t.itemId, t.versionNo),
    index('item_versions_effective_idx').on(t.itemId, t.effectiveFrom),
  ],
);

/**
 * 联合抽查事项 (一业一查): the stable identity of an industry scene grouping items of several departments. Its name,
 * scene and lead department here (and `joint_item_members`) are what it was created with; what it says on a date
 * lives in its versions (`joint_item_versions`), like an item's.
 */
export const jointItems = sqliteTable('joint_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  scene: text('scene').notNull().default(''),
  leadDepartmentId: integer('lead_department_id')
    .notNull()
    .references(() => departments.id),
  ...timestamps,
});

/** The member items a joint item was created with (its version 1's members; later versions carry their own). */
export const jointItemMembers = sqliteTable(
  'joint_item_members',
  {
    jointItemId: integer('joint_item_id')
      .notNull()
      .references(() => jointItems.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => checkItems.id),
  },
  (t) => [primaryKey({ columns: [t.jointItemId, t.itemId] })],
);

/**
 * 立改废释 for the joint list, as `check_item_versions` for items: an edit (name, scene, lead department, members) is
 * a new version effective from a date with its reason and actor; retiring is a version too. The joint list as of a
 * date is, per joint item, its latest version effective by then (unless that version retires it).
 */
export const jointItemVersions = sqliteTable(
  'joint_item_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jointItemId: integer('joint_item_id')
      .notNull()
      .references(() => jointItems.id),
    versionNo: integer('version_no').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    status: text('status', { enum: ['active', 'retired'] }).notNull(),
    name: text('name').notNull(),
    scene: text('scene').notNull().default(''),
    leadDepartmentId: integer('lead_department_id')
      .notNull()
      .references(() => departments.id),
    reason: text('reason').notNull(),
    actorName: text('actor_name').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('joint_item_versions_uq').on(t.jointItemId, t.versionNo),
    index('joint_item_versions_effective_idx').on(t.jointItemId, t.effectiveFrom),
  ],
);

/** The member items of one joint item version. */
export const jointItemVersionMembers = sqliteTable(
  'joint_item_version_members',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => jointItemVersions.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => checkItems.id),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.itemId] })],
);

export const ITEM_LIST_KINDS = ['items', 'joint'] as const;

/**
 * 公布: each publication of the item list or the joint list as of a date, numbered per list (第 N 版). The version
 * identifier is the count and the SHA-256 of the list's canonical content as of that date, and the highest version
 * row recorded then (`last_version_id`): a version recorded after it means the list changed since it was published.
 */
export const itemListPublications = sqliteTable(
  'item_list_publications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ITEM_LIST_KINDS }).notNull(),
    seq: integer('seq').notNull(),
    asOf: text('as_of').notNull(),
    publishedOn: text('published_on').notNull(),
    count: integer('count').notNull(),
    sha256: text('sha256').notNull(),
    lastVersionId: integer('last_version_id').notNull(),
    actorName: text('actor_name').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('item_list_publications_uq').on(t.kind, t.seq)],
);
