import { Alert, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { useResultLists } from '../results/labels';
import { useOfficeToday } from '../../components/OfficeDay';
import { FormModal } from '../../components/FormModal';

interface Fields {
  measure: string;
  departmentId: number;
  decidedOn: Dayjs;
  dueOn: Dayjs;
  notes: string;
}

/**
 * 登记后续处置 for a result with problems: the measure, the responsible department, the day it was decided (the
 * monthly report counts it in that month, so a measure decided last month and typed in today keeps last month's
 * date), the due date.
 */
export function FollowUpModal({
  result,
  onClose,
}: {
  result: { id: number; departmentId: number; subjectName: string; resultDate: string };
  onClose: (done: boolean) => void;
}) {
  const [form] = Form.useForm<Fields>();
  const today = useOfficeToday();
  const { measures } = useResultLists();
  const submit = useSubmit(async (fields: Fields) => {
    await call('followups.create', {
      resultId: result.id,
      measure: fields.measure,
      departmentId: fields.departmentId,
      decidedOn: fields.decidedOn.format('YYYY-MM-DD'),
      dueOn: fields.dueOn.format('YYYY-MM-DD'),
      notes: fields.notes ?? '',
    });
    onClose(true);
  });
  return (
    <FormModal
      title={`登记后续处置：${result.subjectName}`}
      open
      onCancel={() => onClose(false)}
      form={form}
      onSubmit={submit.run}
      confirmLoading={submit.busy}
      destroyOnHidden
    >
      {submit.error && <Alert type="error" showIcon message={submit.error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          departmentId: result.departmentId,
          decidedOn: today.day,
          dueOn: today.day.add(30, 'day'),
          notes: '',
        }}
      >
        <Form.Item name="measure" label="处置措施" rules={[{ required: true, message: '请选择处置措施' }]}>
          <Select options={measures.map((m) => ({ value: m.code, label: m.name }))} data-testid="followup-measure" />
        </Form.Item>
        <Form.Item name="departmentId" label="责任部门" rules={[{ required: true, message: '请选择责任部门' }]}>
          <DepartmentSelect />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label="决定日期"
          extra={`作出处置决定的日期，月报表按此日期计入当月；不早于结果日期 ${result.resultDate}，不晚于今天。`}
          rules={[{ required: true, message: '请选择决定日期' }]}
        >
          <DatePicker
            data-testid="followup-decided-on"
            disabledDate={(d) => d.isAfter(today.day, 'day') || d.format('YYYY-MM-DD') < result.resultDate}
          />
        </Form.Item>
        <Form.Item name="dueOn" label="办理期限" rules={[{ required: true, message: '请选择办理期限' }]}>
          <DatePicker disabledDate={(d) => d.isBefore(today.day, 'day')} />
        </Form.Item>
        <Form.Item name="notes" label="备注">
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
