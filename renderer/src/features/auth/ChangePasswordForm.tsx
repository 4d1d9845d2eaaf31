import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { confirmRule, newPasswordRules } from './passwordRules';

interface ChangeForm {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ oldPassword, newPassword }: ChangeForm) => {
    setBusy(true);
    setError(null);
    try {
      await call('auth.changePassword', { oldPassword, newPassword });
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ChangeForm> layout="vertical" onFinish={submit} data-testid="change-password-form">
      <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
        <Input.Password autoComplete="current-password" data-testid="old-password" />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" rules={newPasswordRules} extra="至少 8 位，同时包含字母和数字">
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label="确认新密码" dependencies={['newPassword']} rules={confirmRule('newPassword')}>
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="change-password-submit">
        修改密码
      </Button>
    </Form>
  );
}
