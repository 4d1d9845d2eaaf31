import { App, Button, Card, Form, Input } from 'antd';
import { useEffect } from 'react';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useUnsavedForm } from '../../components/unsavedChanges';

const PUBLISH_BY = 'plans.publishBy';

/** The day each year's plan must be published by (the plan page warns when it is not); default 31 March. */
export function PlanSettingsCard({ onSaved }: { onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ publishBy: string }>();
  const unsaved = useUnsavedForm(form);
  const all = useCall('settings.list', {});
  const current = all.data?.find((s) => s.key === PUBLISH_BY)?.value;
  useEffect(() => {
    form.setFieldsValue({ publishBy: typeof current === 'string' ? current : '03-31' });
  }, [current, form]);
  const save = async ({ publishBy }: { publishBy: string }) => {
    try {
      await call('settings.set', { key: PUBLISH_BY, value: publishBy });
      unsaved.markSaved();
      message.success('已保存');
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title="年度抽查计划" style={{ marginBottom: 16 }}>
      <Form form={form} {...unsaved.track} layout="inline" onFinish={(v) => void save(v)}>
        <Form.Item
          name="publishBy"
          label="每年计划发布截止日"
          rules={[
            { required: true, pattern: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, message: '格式为 月-日，如 03-31' },
          ]}
          extra="计划晚于此日发布时，计划页面给出提醒"
        >
          <Input style={{ width: 120 }} data-testid="plans-publish-by" />
        </Form.Item>
        <Button htmlType="submit">保存</Button>
      </Form>
    </Card>
  );
}
