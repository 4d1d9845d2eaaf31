import { Alert, Form, Input } from 'antd';
import type { UserView } from '../../../../electron/core/users/schemas';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { newPasswordRules } from '../../components/formRules';
import { FormModal } from '../../components/FormModal';

export function ResetPasswordModal({ user, onClose }: { user: UserView | null; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const { run, busy, error } = useSubmit(async ({ password }: { password: string }) => {
    if (!user) return;
    await call('users.resetPassword', { id: user.id, password });
    onClose(true);
  });

  return (
    <FormModal
      title={`重置密码：${user?.displayName ?? ''}`}
      open={user !== null}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="重置"
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        message="重置后该用户将被强制下线，下次登录须修改密码。"
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="password" label="新的初始密码" rules={newPasswordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
