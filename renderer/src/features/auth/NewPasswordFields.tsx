import { Form, Input } from 'antd';
import { PASSWORD_HINT } from '../../../../electron/core/auth/password-rules.shared';
import { confirmRule, newPasswordRules } from '../../components/formRules';

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
      <Form.Item name={name} label={label} rules={newPasswordRules} extra={PASSWORD_HINT}>
        <Input.Password autoComplete="new-password" data-testid={testIds[0]} />
      </Form.Item>
      <Form.Item name="confirm" label={`确认${label}`} dependencies={[name]} rules={confirmRule(name)}>
        <Input.Password autoComplete="new-password" data-testid={testIds[1]} />
      </Form.Item>
    </>
  );
}
