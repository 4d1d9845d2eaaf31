import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';

const RELATIONS = ['本人或近亲属经营', '原工作单位', '其他利害关系', '所在区域回避'] as const;

interface RecusalFormValues {
  kind: 'subject' | 'region';
  subjectUscc?: string;
  regionCode?: string;
  relation: (typeof RELATIONS)[number];
  reason: string;
}

/** 登记回避: a subject by its USCC (as written on the declaration), or a whole region. */
export function RecusalForm({ inspectorId, onAdded }: { inspectorId: number; onAdded: () => void }) {
  const [form] = Form.useForm<RecusalFormValues>();
  const [kind, setKind] = useState<'subject' | 'region'>('subject');
  const { run, busy, error } = useSubmit(async (values: RecusalFormValues) => {
    await call('inspectors.addRecusal', { ...values, inspectorId });
    form.resetFields();
    onAdded();
  });
  return (
    <Form<RecusalFormValues>
      form={form}
      layout="vertical"
      onFinish={run}
      initialValues={{ kind: 'subject', relation: '本人或近亲属经营' }}
      data-testid="recusal-form"
    >
      <Form.Item name="kind" label="回避范围">
        <Radio.Group onChange={(e) => setKind(e.target.value as 'subject' | 'region')}>
          <Radio value="subject">具体检查对象</Radio>
          <Radio value="region">整个区域</Radio>
        </Radio.Group>
      </Form.Item>
      {kind === 'subject' ? (
        <Form.Item
          name="subjectUscc"
          label="对象的统一社会信用代码"
          rules={[{ required: true, message: '请输入统一社会信用代码' }]}
        >
          <Input data-testid="recusal-uscc" />
        </Form.Item>
      ) : (
        <Form.Item
          name="regionCode"
          label="行政区划代码"
          rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位行政区划代码' }]}
        >
          <Input maxLength={6} />
        </Form.Item>
      )}
      <Form.Item name="relation" label="原因类别">
        <Select options={RELATIONS.map((r) => ({ value: r, label: r }))} />
      </Form.Item>
      <Form.Item name="reason" label="具体理由" rules={[{ required: true, message: '请写明理由' }]}>
        <Input.TextArea rows={2} data-testid="recusal-reason" />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="recusal-submit">
        登记回避
      </Button>
    </Form>
  );
}
