import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { idInput } from '../users/schemas';

export const departmentSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  isLead: z.boolean(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  userCount: z.number().int(),
});
export type DepartmentView = z.infer<typeof departmentSchema>;

const departmentFields = z.object({
  code: z
    .string({ error: '请输入部门编码。' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_-]{1,20}$/, '部门编码为 1–20 位字母、数字、下划线或连字符，如 SCJG。'),
  name: z
    .string({ error: '请输入部门名称。' })
    .trim()
    .min(2, '部门名称至少 2 个字。')
    .max(40, '部门名称不能超过 40 个字。'),
  shortName: z
    .string({ error: '请输入部门简称。' })
    .trim()
    .min(1, '请输入部门简称。')
    .max(10, '部门简称不能超过 10 个字。'),
  sortOrder: z.number().int().min(0).max(9999).default(0),
});

export const departmentsContract = {
  'departments.list': method({
    summary: '查询部门',
    input: z.object({ includeInactive: z.boolean().default(false) }),
    output: z.array(departmentSchema),
    access: EVERYONE,
    write: false,
  }),
  'departments.create': method({
    summary: '新增部门',
    input: departmentFields,
    output: departmentSchema,
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'department',
  }),
  'departments.update': method({
    summary: '修改部门',
    input: idInput.extend(departmentFields.shape),
    output: departmentSchema,
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'department',
  }),
  'departments.setActive': method({
    summary: '启用或停用部门',
    input: idInput.extend({ active: z.boolean() }),
    output: departmentSchema,
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'department',
  }),
};
