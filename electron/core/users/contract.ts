import { z } from 'zod';
import { method } from '../define';
import { displayNameSchema, idInput, passwordSchema, roleSchema, userSchema, usernameSchema } from './schemas';
import { ROLE_GROUPS } from '../roles';

const departmentIdSchema = z.number().int().positive().nullable().default(null);

export const usersContract = {
  'users.list': method({
    summary: '查询用户',
    input: z.object({
      keyword: z.string().trim().max(40).optional(),
      role: roleSchema.optional(),
      departmentId: z.number().int().positive().optional(),
      active: z.boolean().optional(),
    }),
    output: z.array(userSchema),
    access: ROLE_GROUPS.managers,
    write: false,
  }),
  'users.grantableRoles': method({
    summary: '查询可分配的角色',
    input: z.object({}),
    output: z.array(roleSchema),
    access: ROLE_GROUPS.managers,
    write: false,
  }),
  'users.create': method({
    summary: '创建用户',
    input: z.object({
      username: usernameSchema,
      displayName: displayNameSchema,
      role: roleSchema,
      departmentId: departmentIdSchema,
      password: passwordSchema,
      /** The officer of the 执法人员库 the account belongs to (关联执法人员), linked as it is created. */
      inspectorId: z.number().int().positive().nullable().default(null),
    }),
    output: userSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'user',
  }),
  'users.update': method({
    summary: '修改用户',
    input: idInput.extend({ displayName: displayNameSchema, role: roleSchema, departmentId: departmentIdSchema }),
    output: userSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'user',
  }),
  'users.setActive': method({
    summary: '启用或停用用户',
    input: idInput.extend({ active: z.boolean() }),
    output: userSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'user',
  }),
  'users.resetPassword': method({
    summary: '重置用户密码',
    input: idInput.extend({ password: passwordSchema }),
    output: userSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'user',
  }),
  'users.unlock': method({
    summary: '解锁用户',
    input: idInput,
    output: userSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'user',
  }),
  'users.linkInspector': method({
    summary: '关联执法人员',
    input: idInput.extend({ inspectorId: z.number().int().positive().nullable() }),
    output: userSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'user',
  }),
};
