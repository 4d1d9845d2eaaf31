import { App, AutoComplete, Button, Card, Form, Typography } from 'antd';
import { useEffect } from 'react';
import { call, errorMessage } from '../../api/client';
import { useSession } from '../../app/session';
import { useOfficeToday } from '../../components/OfficeDay';

const TIME_ZONE = 'office.timeZone';

/** The zones a Chinese county office is likely in; any other IANA name may be typed. */
const COMMON_ZONES = [
  { value: 'Asia/Shanghai', label: 'Asia/Shanghai（北京时间，UTC+8）' },
  { value: 'Asia/Urumqi', label: 'Asia/Urumqi（乌鲁木齐时间，UTC+6）' },
];

/**
 * 单位所在时区: the zone the core counts the office's days in — default dates, "not later than today", deadlines, the
 * dates and times printed on documents — whatever the zone of the server or of a department's PC.
 */
export function TimeZoneCard({ onSaved }: { onSaved: () => void }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const today = useOfficeToday();
  const [form] = Form.useForm<{ timeZone: string }>();
  useEffect(() => form.setFieldsValue({ timeZone: today.timeZone }), [today.timeZone, form]);
  const save = async ({ timeZone }: { timeZone: string }) => {
    try {
      await call('settings.set', { key: TIME_ZONE, value: timeZone ?? '' });
      message.success('单位所在时区已保存');
      today.refresh();
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title="单位所在时区" style={{ marginBottom: 16 }}>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} style={{ maxWidth: 480 }}>
        <Form.Item
          name="timeZone"
          label="时区"
          rules={[{ required: true, message: '请选择或填写时区' }]}
          extra="“今天”按本单位所在时区计算：各处默认日期、“不能晚于今天”的检查、公示与录入期限、文书上印的日期和时间都以此为准，与服务器或各部门电脑的时区无关。"
        >
          <AutoComplete options={COMMON_ZONES} disabled={!can('settings.set')} data-testid="office-time-zone" />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          单位今天是 {today.date}（{today.timeZone}）。
        </Typography.Paragraph>
        {can('settings.set') && (
          <Button htmlType="submit" data-testid="office-time-zone-save">
            保存
          </Button>
        )}
      </Form>
    </Card>
  );
}
