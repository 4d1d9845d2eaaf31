import { Alert, Button, DatePicker, Form, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { validFields } from '../../components/validFields';
import { weekdayOf } from './calendar-labels';
import { useOfficeToday } from '../../components/OfficeDay';

interface ToolForm {
  date: Dayjs;
  days: number;
}

type Answer = { type: 'info'; text: string } | { type: 'warning'; text: string };

/**
 * 推算工作日: the same count the deadlines use (the day itself not counted), so staff can check a deadline by hand.
 * A year the calendar does not cover is refused, as it is for the deadlines.
 */
export function WorkdayTool() {
  const [form] = Form.useForm<ToolForm>();
  const today = useOfficeToday();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const ask = async (question: (v: ToolForm, date: string) => Promise<string>) => {
    try {
      const v = await validFields(form);
      if (!v) return;
      setAnswer({ type: 'info', text: await question(v, v.date.format('YYYY-MM-DD')) });
    } catch (e) {
      // A failed field check is shown on the field itself (validFields); the core's refusals go in the answer.
      setAnswer({ type: 'warning', text: errorMessage(e) });
    }
  };
  const add = () =>
    ask(async (v, date) => {
      const due = await call('calendar.add', { date, days: v.days });
      return `${date}（${weekdayOf(date)}）之后第 ${v.days} 个工作日是 ${due.date}（${weekdayOf(due.date)}）。`;
    });
  const isWorkday = () =>
    ask(async (_, date) => {
      const day = await call('calendar.isWorkday', { date });
      return `${date}（${weekdayOf(date)}）${day.workday ? '是' : '不是'}工作日。`;
    });
  return (
    <>
      <Form<ToolForm> form={form} layout="inline" initialValues={{ date: today.day, days: 20 }}>
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker allowClear={false} data-testid="tool-date" />
        </Form.Item>
        <Form.Item name="days" label="之后第" rules={[{ required: true, message: '请填写天数' }]}>
          <InputNumber
            min={0}
            max={3650}
            precision={0}
            addonAfter="个工作日"
            style={{ width: 150 }}
            data-testid="tool-days"
          />
        </Form.Item>
      </Form>
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" onClick={() => void add()} data-testid="tool-add">
          推算
        </Button>
        <Button onClick={() => void isWorkday()} data-testid="tool-is-workday">
          该日是否工作日
        </Button>
      </Space>
      {answer && (
        <Alert type={answer.type} showIcon message={answer.text} style={{ marginTop: 12 }} data-testid="tool-answer" />
      )}
    </>
  );
}
