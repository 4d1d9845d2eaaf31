import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { AuthCard } from '../../components/AuthCard';
import { confirmRule, newPasswordRules } from './passwordRules';

interface SetupForm {
  officeName: string;
  regionCode?: string;
  username: string;
  displayName: string;
  password: string;
  confirm: string;
}

/** First run: the office and its first administrator. Shown only at the machine itself. */
export function SetupPage({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ confirm: _confirm, ...values }: SetupForm) => {
    setBusy(true);
    setError(null);
    try {
      await call('auth.setup', { ...values, regionCode: values.regionCode ?? '' });
      onDone();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <AuthCard title="首次使用：初始化系统" subtitle="请填写本单位信息并创建系统管理员账户">
      <Form<SetupForm> layout="vertical" onFinish={submit} data-testid="setup-form">
        <Form.Item
          name="officeName"
          label="单位名称（填报单位）"
          rules={[{ required: true, message: '请输入单位名称' }]}
        >
          <Input placeholder="如：某某县市场监督管理局" data-testid="setup-office" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label="行政区划代码"
          rules={[{ pattern: /^\d{6}$/, message: '应为 6 位数字' }]}
          extra="可选，6 位数字，用于上报"
        >
          <Input maxLength={6} data-testid="setup-region" />
        </Form.Item>
        <Form.Item name="username" label="管理员用户名" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input autoComplete="username" data-testid="setup-username" />
        </Form.Item>
        <Form.Item name="displayName" label="管理员姓名" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input data-testid="setup-display-name" />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={newPasswordRules} extra="至少 8 位，同时包含字母和数字">
          <Input.Password autoComplete="new-password" data-testid="setup-password" />
        </Form.Item>
        <Form.Item name="confirm" label="确认密码" dependencies={['password']} rules={confirmRule('password')}>
          <Input.Password autoComplete="new-password" data-testid="setup-confirm" />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="setup-submit">
          完成初始化并登录
        </Button>
      </Form>
    </AuthCard>
  );
}
