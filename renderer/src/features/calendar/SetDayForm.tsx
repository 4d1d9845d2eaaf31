import { Alert, Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DAY_KINDS, type DayKind } from './calendar-labels';
import { outcomeText, useSetDay, type DayOutcome } from './useSetDay';

interface DayForm {
  date: Dayjs;
  kind: DayKind;
  name?: string;
}

/** Marks one day as a holiday or a make-up workday, or puts it back to the weekday rule. */
export function SetDayForm({ onChanged }: { onChanged: (outcome: DayOutcome) => void }) {
  const [form] = Form.useForm<DayForm>();
  const kind = Form.useWatch('kind', form);
  const [last, setLast] = useState<DayOutcome | null>(null);
  const setDay = useSetDay((outcome) => {
    setLast(outcome);
    onChanged(outcome);
  });
  const submit = (v: DayForm) =>
    setDay({ date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.kind === 'normal' ? '' : (v.name ?? '') });
  return (
    <>
      <Form<DayForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'holiday' }}
        onFinish={submit}
        data-testid="calendar-set-form"
      >
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: 200 }} data-testid="calendar-set-date" />
        </Form.Item>
        <Form.Item name="kind" label="设为">
          <Radio.Group
            optionType="button"
            options={(Object.keys(DAY_KINDS) as DayKind[]).map((k) => ({ value: k, label: DAY_KINDS[k].label }))}
            data-testid="calendar-set-kind"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[{ max: 20, message: '名称不能超过 20 个字' }]}
          extra="如：国庆节、春节调休上班；不填时按类别命名"
        >
          <Input disabled={kind === 'normal'} style={{ width: 240 }} data-testid="calendar-set-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="calendar-set-submit">
          保存…
        </Button>
      </Form>
      {last && (
        <Alert
          type="success"
          showIcon
          message={outcomeText(last)}
          style={{ marginTop: 16 }}
          data-testid="calendar-set-outcome"
        />
      )}
    </>
  );
}
