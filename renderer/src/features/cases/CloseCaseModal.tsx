import { Alert, DatePicker, Descriptions, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { useFormFill } from '../../components/useFormFill';
import { useOfficeToday } from '../../components/OfficeDay';
import { FormModal } from '../../components/FormModal';

type Case = MethodOutput<'cases.list'>[number];

interface CloseForm {
  closedOn: Dayjs;
  outcome: string;
}

/** 办结: the closing date and what was done; the case then leaves the open list. */
export function CloseCaseModal({ item, onClose }: { item: Case | null; onClose: (closed: boolean) => void }) {
  const [form] = Form.useForm<CloseForm>();
  const today = useOfficeToday();
  const { run, busy, error } = useSubmit(async (v: CloseForm) => {
    if (!item) return;
    await call('cases.close', { id: item.id, closedOn: v.closedOn.format('YYYY-MM-DD'), outcome: v.outcome });
    onClose(true);
  });
  useFormFill(form, item !== null, { closedOn: today.day });
  return (
    <FormModal
      title="办结个案"
      open={item !== null}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="办结"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'case-close-save' }}
    >
      {item && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label="检查对象">{item.subjectName}</Descriptions.Item>
          <Descriptions.Item label="来源与受理日期">
            {item.source}，{item.receivedOn}
          </Descriptions.Item>
          <Descriptions.Item label="案情摘要">{item.summary}</Descriptions.Item>
        </Descriptions>
      )}
      <Form<CloseForm> form={form} layout="vertical" preserve={false}>
        <Form.Item name="closedOn" label="办结日期" rules={[{ required: true, message: '请选择办结日期' }]}>
          <DatePicker
            disabledDate={(d) =>
              d.isAfter(today.day, 'day') || (item !== null && d.isBefore(dayjs(item.receivedOn), 'day'))
            }
            data-testid="case-closed-on"
          />
        </Form.Item>
        <Form.Item
          name="outcome"
          label="处理结果"
          rules={[{ required: true, min: 2, message: '请填写处理结果（至少 2 个字）' }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="case-outcome" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
