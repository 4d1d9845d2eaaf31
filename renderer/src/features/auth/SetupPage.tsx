import { Alert, Button, Form, Input } from 'antd';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { AuthCard } from '../../components/AuthCard';
import { NewPasswordFields } from './NewPasswordFields';

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
  const { run, busy, error } = useSubmit(async ({ confirm: _confirm, ...values }: SetupForm) => {
    await call('auth.setup', { ...values, regionCode: values.regionCode ?? '' });
    onDone();
  });

  return (
    <AuthCard title="首次使用：初始化系统" subtitle="请填写本单位信息并创建系统管理员账户">
      <Form<SetupForm> layout="vertical" onFinish={run} data-testid="setup-form">
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
        <NewPasswordFields name="password" label="密码" testIds={['setup-password', 'setup-confirm']} />
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="setup-submit">
          完成初始化并登录
        </Button>
      </Form>
    </AuthCard>
  );
}
