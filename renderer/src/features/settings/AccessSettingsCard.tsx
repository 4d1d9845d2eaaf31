import { App, Button, Card, Form, Input } from 'antd';
import { useEffect } from 'react';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useUnsavedForm } from '../../components/unsavedChanges';

const ALLOWED_HOSTS = 'server.allowedHosts';

/**
 * Names the departments' browsers use to reach the browser-mode server on the intranet. Loopback names and the
 * server's own address always work; any other name is refused, so a web page cannot borrow the system under its own.
 */
export function AccessSettingsCard({ onSaved }: { onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ hosts: string }>();
  const unsaved = useUnsavedForm(form);
  const all = useCall('settings.list', {});
  const current = all.data?.find((s) => s.key === ALLOWED_HOSTS)?.value;
  useEffect(() => {
    const hosts = Array.isArray(current) ? current.filter((h): h is string => typeof h === 'string') : [];
    form.setFieldsValue({ hosts: hosts.join('\n') });
  }, [current, form]);
  const save = async ({ hosts }: { hosts: string }) => {
    const value = (hosts ?? '')
      .split(/[\s,，]+/)
      .map((h) => h.trim())
      .filter(Boolean);
    try {
      await call('settings.set', { key: ALLOWED_HOSTS, value });
      unsaved.markSaved();
      message.success('已保存');
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title="访问地址（浏览器方式）" style={{ marginBottom: 16 }}>
      <Form form={form} {...unsaved.track} layout="vertical" onFinish={(v) => void save(v)} style={{ maxWidth: 480 }}>
        <Form.Item
          name="hosts"
          label="允许的内网地址"
          extra="每行一个主机名或 IP 地址，可带端口，如 ssj.gy.gov 或 192.168.1.10:5180。本机地址（127.0.0.1、localhost）和服务器本身的地址始终可用；首次初始化只能在本机进行。"
        >
          <Input.TextArea rows={3} data-testid="allowed-hosts" />
        </Form.Item>
        <Button htmlType="submit">保存</Button>
      </Form>
    </Card>
  );
}
