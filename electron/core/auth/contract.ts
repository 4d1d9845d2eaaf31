import { z } from 'zod';
import { method } from '../define';
import { displayNameSchema, passwordSchema, userSchema, usernameSchema } from '../users/schemas';
import { officeSchema } from '../settings/schemas';

const sessionView = z.object({ user: userSchema, permissions: z.array(z.string()) });
export type SessionView = z.infer<typeof sessionView>;

export const authContract = {
  'auth.status': method({
    summary: '查询系统状态',
    input: z.object({}),
    output: z.object({
      initialized: z.boolean(),
      setupAllowed: z.boolean(),
      officeName: z.string().nullable(),
      session: sessionView.nullable(),
    }),
    access: 'public',
    write: false,
  }),
  'auth.setup': method({
    summary: '初始化系统并创建管理员',
    input: officeSchema.extend({
      username: usernameSchema,
      displayName: displayNameSchema,
      password: passwordSchema,
    }),
    output: sessionView,
    access: 'public',
    write: true,
    entity: 'user',
  }),
  'auth.login': method({
    summary: '登录',
    input: z.object({ username: usernameSchema, password: passwordSchema }),
    output: sessionView,
    access: 'public',
    write: true,
    entity: 'user',
  }),
  'auth.logout': method({
    summary: '退出登录',
    input: z.object({}),
    output: z.object({}),
    access: 'authenticated',
    write: true,
    entity: 'user',
  }),
  'auth.me': method({
    summary: '查询当前用户',
    input: z.object({}),
    output: sessionView,
    access: 'authenticated',
    write: false,
  }),
  'auth.changePassword': method({
    summary: '修改本人密码',
    input: z.object({ oldPassword: passwordSchema, newPassword: passwordSchema }),
    output: z.object({}),
    access: 'authenticated',
    write: true,
    entity: 'user',
  }),
};
