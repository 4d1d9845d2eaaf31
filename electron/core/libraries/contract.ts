import { z } from 'zod';
import { TAG_CATEGORIES } from '../../../db/schema/libraries';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { subjectFilterSchema } from '../subjects/schemas';
import { idInput } from '../users/schemas';

const librarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  filter: subjectFilterSchema,
  departmentName: z.string().nullable(),
  shared: z.boolean(),
  createdBy: z.string(),
});

export const librariesContract = {
  'libraries.tags': method({
    summary: '查询标签目录',
    input: z.object({}),
    output: z.array(
      z.object({ id: z.number().int(), name: z.string(), category: z.string(), subjects: z.number().int() }),
    ),
    access: EVERYONE,
    write: false,
  }),
  'libraries.saveTag': method({
    summary: '登记标签分类',
    input: z.object({
      name: z.string().trim().min(1, '请输入标签名称。').max(40),
      category: z.enum(TAG_CATEGORIES, { error: `标签分类应为：${TAG_CATEGORIES.join('、')}。` }),
    }),
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'tag',
  }),
  'libraries.list': method({
    summary: '查询子库',
    input: z.object({}),
    output: z.array(librarySchema),
    access: EVERYONE,
    write: false,
  }),
  'libraries.save': method({
    summary: '保存子库',
    input: z.object({
      name: z.string().trim().min(2, '子库名称至少 2 个字。').max(60),
      filter: subjectFilterSchema,
      /** The common-supervision library, shared by all departments; only the lead office may create it. */
      shared: z.boolean().default(false),
    }),
    output: librarySchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'library',
  }),
  'libraries.retire': method({
    summary: '停用子库',
    input: idInput,
    output: z.object({ id: z.number().int() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'library',
  }),
};
