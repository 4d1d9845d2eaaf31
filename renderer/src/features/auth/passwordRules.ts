import type { FormRule } from 'antd';

/** Mirrors the core's policy for instant feedback; the core still decides. */
export const newPasswordRules: FormRule[] = [
  { required: true, message: '请输入新密码' },
  { min: 8, message: '密码至少需要 8 位' },
  { pattern: /^(?=.*[A-Za-z])(?=.*\d).+$/, message: '密码需同时包含字母和数字' },
];

export const confirmRule = (field: string): FormRule[] => [
  { required: true, message: '请再次输入密码' },
  ({ getFieldValue }) => ({
    validator: (_, value) =>
      !value || getFieldValue(field) === value ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
  }),
];
