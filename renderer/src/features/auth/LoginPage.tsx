import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { AuthCard } from '../../components/AuthCard';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage({ officeName, onLoggedIn }: { officeName: string | null; onLoggedIn: () => void }) {
  const { run, busy, error } = useSubmit(async (values: LoginForm) => {
    await call('auth.login', values);
    onLoggedIn();
  });

  return (
    <AuthCard title="用户登录" subtitle={officeName}>
      <Form<LoginForm> layout="vertical" onFinish={run} requiredMark={false} data-testid="login-form">
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input prefix={<UserOutlined />} autoFocus autoComplete="username" data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        {error && (
          <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
          登录
        </Button>
      </Form>
    </AuthCard>
  );
}
