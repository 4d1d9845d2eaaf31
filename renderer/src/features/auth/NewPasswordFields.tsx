import { Form, Input } from 'antd';
import { confirmRule, newPasswordRules } from './passwordRules';

/** A new password and its confirmation, with the core's policy checked as the user types. */
export function NewPasswordFields({
  name,
  label,
  testIds,
}: {
  name: string;
  label: string;
  testIds: [string, string];
}) {
  return (
    <>
      <Form.Item name={name} label={label} rules={newPasswordRules} extra="至少 8 位，同时包含字母和数字">
        <Input.Password autoComplete="new-password" data-testid={testIds[0]} />
      </Form.Item>
      <Form.Item name="confirm" label={`确认${label}`} dependencies={[name]} rules={confirmRule(name)}>
        <Input.Password autoComplete="new-password" data-testid={testIds[1]} />
      </Form.Item>
    </>
  );
}
