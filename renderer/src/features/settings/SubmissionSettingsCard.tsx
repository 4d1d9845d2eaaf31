import { App, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useUnsavedForm } from '../../components/unsavedChanges';

interface Values {
  monthlyDueDay: number;
  halfYearDue: string;
  annualDue: string;
  annualPeriodEnd: '11-30' | '12-31';
}

/** The settings' keys and the defaults, all from GY 固政办发〔2021〕32号 (docs/manual.md). */
const KEYS: Record<keyof Values, string> = {
  monthlyDueDay: 'reports.monthlyDueDay',
  halfYearDue: 'reports.halfYearDue',
  annualDue: 'reports.annualDue',
  annualPeriodEnd: 'reports.annualPeriodEnd',
};
const DEFAULTS: Values = { monthlyDueDay: 5, halfYearDue: '09-06', annualDue: '11-30', annualPeriodEnd: '11-30' };
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** 报送期限: when each department's monthly report and summaries are due at the county office. */
export function SubmissionSettingsCard({ onSaved }: { onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const unsaved = useUnsavedForm(form);
  const all = useCall('settings.list', {});
  useEffect(() => {
    const stored = (key: string) => all.data?.find((s) => s.key === key)?.value;
    form.setFieldsValue(
      Object.fromEntries((Object.keys(KEYS) as (keyof Values)[]).map((k) => [k, stored(KEYS[k]) ?? DEFAULTS[k]])),
    );
  }, [all.data, form]);
  const save = async (values: Values) => {
    try {
      for (const k of Object.keys(KEYS) as (keyof Values)[])
        await call('settings.set', { key: KEYS[k], value: values[k] });
      unsaved.markSaved();
      message.success('已保存');
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const monthDay = [{ required: true, pattern: MONTH_DAY, message: '格式为 月-日，如 09-06' }];
  return (
    <Card title="报表报送期限" style={{ marginBottom: 16 }}>
      <Form form={form} {...unsaved.track} layout="inline" onFinish={(v) => void save(v)}>
        <Form.Item
          name="monthlyDueDay"
          label="月报表：次月第"
          rules={[{ required: true, message: '请填写 1–28 的整数' }]}
          extra="日前报送（固阳：每月末 5 日前）"
        >
          <InputNumber min={1} max={28} precision={0} style={{ width: 80 }} data-testid="reports-monthly-due" />
        </Form.Item>
        <Form.Item name="halfYearDue" label="半年工作总结截止日" rules={monthDay} extra="固阳：9 月 6 日前">
          <Input style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="annualDue" label="年度工作总结截止日" rules={monthDay} extra="固阳：11 月 30 日前">
          <Input style={{ width: 90 }} />
        </Form.Item>
        <Form.Item
          name="annualPeriodEnd"
          label="年度统计截止日"
          extra="年度总结统计到哪一天；选 12-31 时，年度总结在次年的截止日前报送"
        >
          <Select
            style={{ width: 110 }}
            options={[
              { value: '11-30', label: '11 月 30 日' },
              { value: '12-31', label: '12 月 31 日' },
            ]}
          />
        </Form.Item>
        <Button htmlType="submit">保存</Button>
      </Form>
    </Card>
  );
}
