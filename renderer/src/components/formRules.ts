import type { FormRule } from 'antd';
import { passwordWeakness } from '../../../electron/core/auth/password-rules.shared';

/**
 * An antd rule from one of the core's shared rule functions (value → Chinese reason, or null when fine), so a form
 * checks as the user types with the very function the core applies; the core still decides. Empty fields are left
 * to the field's `required` rule.
 */
export function sharedRule(problem: (value: string) => string | null): FormRule {
  return {
    validator: (_, value: unknown) => {
      if (typeof value !== 'string' || value === '') return Promise.resolve();
      const reason = problem(value);
      return reason ? Promise.reject(new Error(reason)) : Promise.resolve();
    },
  };
}

/** A new password: the core's policy (auth/password-rules.shared.ts). */
export const newPasswordRules: FormRule[] = [{ required: true, message: '请输入新密码' }, sharedRule(passwordWeakness)];

/** The confirmation field must repeat `field`. */
export const confirmRule = (field: string): FormRule[] => [
  { required: true, message: '请再次输入密码' },
  ({ getFieldValue }) => ({
    validator: (_, value) =>
      !value || getFieldValue(field) === value ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
  }),
];
