import { z } from 'zod';
import { ITEM_LIST_KINDS, ITEM_METHODS } from '../../../db/schema/items';
import { method } from '../define';
import { importCommitInput, importCountsSchema, importPreviewOutput } from '../excel/import-contract';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { subjectFilterSchema } from '../subjects/schemas';
import { idInput } from '../users/schemas';
import { keyShareRowSchema } from './schemas';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD。');

const itemSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  departmentId: z.number().int(),
  departmentName: z.string(),
  versionNo: z.number().int(),
  effectiveFrom: z.string(),
  status: z.enum(['active', 'retired']),
  name: z.string(),
  basis: z.string(),
  content: z.string(),
  objectType: z.string(),
  methods: z.string(),
  category: z.enum(['key', 'general']),
  ratioCap: z.number().nullable(),
  frequencyCap: z.number().int().nullable(),
  ratioCapA: z.number().nullable(),
  ratioCapB: z.number().nullable(),
  ratioCapC: z.number().nullable(),
  ratioCapD: z.number().nullable(),
  frequencyCapA: z.number().int().nullable(),
  frequencyCapB: z.number().int().nullable(),
  frequencyCapC: z.number().int().nullable(),
  frequencyCapD: z.number().int().nullable(),
  scope: z.string(),
});

export const itemFieldsSchema = z.object({
  code: z.string().max(40),
  departmentId: z.number().int().positive({ error: '请选择抽查主体。' }),
  name: z.string().max(200),
  basis: z.string().max(1000),
  content: z.string().max(2000).default(''),
  objectType: z.string().max(100).default(''),
  methods: z.array(z.enum(ITEM_METHODS)).min(1, '请至少选择一种抽查方式。'),
  category: z.enum(['key', 'general']),
  ratioCap: z.number().min(0).max(100).nullable().default(null),
  frequencyCap: z.number().int().min(0).max(12).nullable().default(null),
  /** Optional per-class ratio caps (%) of a general item; null: the item's ratio cap applies to that class. */
  ratioCapA: z.number().min(0).max(100).nullable().default(null),
  ratioCapB: z.number().min(0).max(100).nullable().default(null),
  ratioCapC: z.number().min(0).max(100).nullable().default(null),
  ratioCapD: z.number().min(0).max(100).nullable().default(null),
  /** Optional per-class yearly frequency caps of a general item; null: the item's frequency cap applies. */
  frequencyCapA: z.number().int().min(1).max(12).nullable().default(null),
  frequencyCapB: z.number().int().min(1).max(12).nullable().default(null),
  frequencyCapC: z.number().int().min(1).max(12).nullable().default(null),
  frequencyCapD: z.number().int().min(1).max(12).nullable().default(null),
  /** The subjects the item applies to, as a saved subject filter. */
  scope: subjectFilterSchema.omit({ q: true }).default({}),
});
export type ItemFields = z.infer<typeof itemFieldsSchema>;

const versionStamp = {
  effectiveFrom: isoDate,
  reason: z.string().trim().min(2, '请写明修订或废止的原因（立改废释）。').max(500),
};

const jointItemSchema = z.object({
  id: z.number().int(),
  versionNo: z.number().int(),
  effectiveFrom: z.string(),
  status: z.enum(['active', 'retired']),
  name: z.string(),
  scene: z.string(),
  leadDepartmentId: z.number().int(),
  leadDepartmentName: z.string(),
  /** `inForce`: whether the member item is itself on the item list on the date asked. */
  items: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      departmentName: z.string(),
      inForce: z.boolean(),
    }),
  ),
});

const jointFieldsSchema = z.object({
  name: z.string().trim().min(2, '请输入联合抽查事项名称。').max(100),
  scene: z.string().trim().max(200).default(''),
  leadDepartmentId: z.number().int().positive({ error: '请选择牵头部门。' }),
  itemIds: z.array(z.number().int().positive()).min(2, '联合抽查事项至少包含两个事项。').max(50),
});

/** A joint item's new version: its date and reason, and the version the editor saw (refused if another came since). */
const jointVersionStamp = { ...versionStamp, versionNo: z.number().int().positive() };

const listKind = z.enum(ITEM_LIST_KINDS);

const publicationSchema = z.object({
  id: z.number().int(),
  kind: listKind,
  seq: z.number().int(),
  asOf: z.string(),
  publishedOn: z.string(),
  count: z.number().int(),
  sha256: z.string(),
  actorName: z.string(),
  createdAt: z.string(),
});

export const itemsContract = {
  'items.list': method({
    summary: '查询抽查事项清单',
    input: z.object({
      asOf: isoDate.optional(),
      departmentId: z.number().int().positive().optional(),
      category: z.enum(['key', 'general']).optional(),
      q: z.string().trim().max(60).optional(),
      includeRetired: z.boolean().default(false),
    }),
    output: z.array(itemSchema),
    access: EVERYONE,
    write: false,
  }),
  'items.keyShare': method({
    summary: '查看各部门重点检查事项占比',
    input: z.object({ asOf: isoDate.optional() }),
    output: z.object({
      maxPercent: z.number(),
      departments: z.array(keyShareRowSchema),
      warnings: z.array(z.string()),
    }),
    access: EVERYONE,
    write: false,
  }),
  'items.history': method({
    summary: '查看事项版本',
    input: idInput,
    output: z.array(itemSchema.extend({ reason: z.string(), actorName: z.string(), createdAt: z.string() })),
    access: EVERYONE,
    write: false,
  }),
  'items.create': method({
    summary: '新增抽查事项',
    input: itemFieldsSchema.extend({ effectiveFrom: isoDate }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'item',
  }),
  'items.revise': method({
    summary: '修订抽查事项',
    input: itemFieldsSchema.extend({ id: z.number().int().positive(), ...versionStamp }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'item',
  }),
  'items.retire': method({
    summary: '废止抽查事项',
    input: idInput.extend(versionStamp),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'item',
  }),
  'items.importPreview': method({
    summary: '预览抽查事项导入',
    input: z.object({ upload: z.string().max(64), effectiveFrom: isoDate.optional() }),
    output: importPreviewOutput,
    access: ROLE_GROUPS.managers,
    write: false,
  }),
  'items.importCommit': method({
    summary: '导入抽查事项',
    input: importCommitInput,
    output: importCountsSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'item',
  }),
  'items.export': method({
    summary: '导出抽查事项清单',
    input: z.object({
      asOf: isoDate.optional(),
      departmentId: z.number().int().positive().optional(),
      /** Which list: the item list (default) or the joint list (一业一查). */
      kind: listKind.default('items'),
    }),
    output: z.object({ download: z.string(), fileName: z.string(), count: z.number().int() }),
    access: EVERYONE,
    write: false,
  }),
  'items.jointList': method({
    summary: '查询联合抽查事项',
    input: z.object({ asOf: isoDate.optional(), includeRetired: z.boolean().default(false) }),
    output: z.array(jointItemSchema),
    access: EVERYONE,
    write: false,
  }),
  'items.jointHistory': method({
    summary: '查看联合抽查事项版本',
    input: idInput,
    output: z.array(jointItemSchema.extend({ reason: z.string(), actorName: z.string(), createdAt: z.string() })),
    access: EVERYONE,
    write: false,
  }),
  'items.jointCreate': method({
    summary: '新增联合抽查事项',
    input: jointFieldsSchema.extend({ effectiveFrom: isoDate.optional() }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'jointItem',
  }),
  'items.jointUpdate': method({
    summary: '修订联合抽查事项',
    input: jointFieldsSchema.extend({ id: z.number().int().positive(), ...jointVersionStamp }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'jointItem',
  }),
  'items.jointRetire': method({
    summary: '废止联合抽查事项',
    input: idInput.extend(jointVersionStamp),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'jointItem',
  }),
  'items.publish': method({
    summary: '公布抽查事项清单',
    input: z.object({ kind: listKind, asOf: isoDate.optional() }),
    output: publicationSchema,
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'itemListPublication',
  }),
  'items.publications': method({
    summary: '查看清单公布记录',
    input: z.object({ kind: listKind }),
    output: z.object({
      history: z.array(publicationSchema),
      changed: z.number().int(),
      warning: z.string().nullable(),
    }),
    access: EVERYONE,
    write: false,
  }),
};
