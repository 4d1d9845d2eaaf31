import { App, Button, Card, Form, Input, InputNumber } from 'antd';
import { useEffect } from 'react';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useUnsavedForm } from '../../components/unsavedChanges';

const PUBLISH_BY = 'plans.publishBy';
const KEY_SHARE = 'items.maxKeySharePercent';

/** The day each year's plan must be published by (the plan page warns when it is not); default 31 March. */
export function PlanSettingsCard({ onSaved }: { onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ publishBy: string; keyShare: number }>();
  const unsaved = useUnsavedForm(form);
  const all = useCall('settings.list', {});
  const current = all.data?.find((s) => s.key === PUBLISH_BY)?.value;
  const share = all.data?.find((s) => s.key === KEY_SHARE)?.value;
  useEffect(() => {
    form.setFieldsValue({
      publishBy: typeof current === 'string' ? current : '03-31',
      // 30%: the office's choice — the documents say 严格控制重点检查事项数量 without a figure.
      keyShare: typeof share === 'number' ? share : 30,
    });
  }, [current, share, form]);
  const save = async ({ publishBy, keyShare }: { publishBy: string; keyShare: number }) => {
    try {
      await call('settings.set', { key: PUBLISH_BY, value: publishBy });
      await call('settings.set', { key: KEY_SHARE, value: keyShare });
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
        <Form.Item
          name="keyShare"
          label="每个部门重点检查事项占比上限"
          rules={[{ required: true, message: '请填写 1–100 的整数' }]}
          extra="严格控制重点检查事项数量：超过时事项清单和计划页面给出提醒（文件未规定比例，默认 30% 为本单位设定）"
        >
          <InputNumber
            min={1}
            max={100}
            precision={0}
            addonAfter="%"
            style={{ width: 120 }}
            data-testid="items-key-share"
          />
        </Form.Item>
        <Button htmlType="submit">保存</Button>
      </Form>
    </Card>
  );
}
