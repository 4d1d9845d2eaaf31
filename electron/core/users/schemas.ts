import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG } from '../auth/password-rules.shared';
import { ROLES } from '../roles';

export const roleSchema = z.enum(ROLES, { error: '请选择有效的角色。' });

export const usernameSchema = z
  .string({ error: '请输入用户名。' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{2,32}$/, '用户名为 2–32 位字母、数字、下划线、点或连字符。');

export const displayNameSchema = z
  .string({ error: '请输入姓名。' })
  .trim()
  .min(1, '请输入姓名。')
  .max(40, '姓名不能超过 40 个字。');

/** Strength is checked in the service so the message can name the rule; here only presence and size. */
export const passwordSchema = z
  .string({ error: '请输入密码。' })
  .min(1, '请输入密码。')
  .max(PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG);

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  departmentId: z.number().int().nullable(),
  departmentName: z.string().nullable(),
  inspectorId: z.number().int().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userSchema>;

export const idInput = z.object({ id: z.number({ error: '缺少记录编号。' }).int().positive() });
