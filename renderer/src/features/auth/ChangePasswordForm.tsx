import { Alert, Button, Form, Input } from 'antd';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { NewPasswordFields } from './NewPasswordFields';

interface ChangeForm {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { run, busy, error } = useSubmit(async ({ oldPassword, newPassword }: ChangeForm) => {
    await call('auth.changePassword', { oldPassword, newPassword });
    onDone();
  });

  return (
    <Form<ChangeForm> layout="vertical" onFinish={run} data-testid="change-password-form">
      <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
        <Input.Password autoComplete="current-password" data-testid="old-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" label="新密码" testIds={['new-password', 'confirm-password']} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="change-password-submit">
        修改密码
      </Button>
    </Form>
  );
}
