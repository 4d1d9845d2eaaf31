import { Alert, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MethodInput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { useSession } from '../../app/session';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { useFormFill } from '../../components/useFormFill';
import { CASE_SOURCES } from './case-sources';
import { SubjectPicker, type PickedSubject } from './SubjectPicker';
import { useOfficeToday } from '../../components/OfficeDay';
import { FormModal } from '../../components/FormModal';

interface CaseForm {
  source: MethodInput<'cases.create'>['source'];
  receivedOn: Dayjs;
  subject: PickedSubject;
  departmentId: number;
  summary: string;
}

/** 登记个案: an inspection from a complaint, a referral or monitoring, recorded beside the random draws. */
export function CaseFormModal({ open, onClose }: { open: boolean; onClose: (created: boolean) => void }) {
  const { session } = useSession();
  const [form] = Form.useForm<CaseForm>();
  const today = useOfficeToday();
  const { run, busy, error } = useSubmit(async (v: CaseForm) => {
    await call('cases.create', {
      source: v.source,
      receivedOn: v.receivedOn.format('YYYY-MM-DD'),
      subjectId: v.subject.id,
      subjectName: v.subject.name.trim(),
      departmentId: v.departmentId,
      summary: v.summary,
    });
    onClose(true);
  });
  // A department's staff register their own department's cases: theirs is the likely answer.
  useFormFill(form, open, {
    source: '投诉举报',
    receivedOn: today.day,
    departmentId: session.user.departmentId ?? undefined,
  });
  return (
    <FormModal
      title="登记个案"
      open={open}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="登记"
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'case-form-save' }}
    >
      <Form<CaseForm> form={form} layout="vertical" preserve={false} data-testid="case-form">
        <Form.Item name="source" label="案件来源" rules={[{ required: true, message: '请选择案件来源' }]}>
          <Select options={CASE_SOURCES.map((s) => ({ value: s, label: s }))} data-testid="case-source" />
        </Form.Item>
        <Form.Item name="receivedOn" label="受理日期" rules={[{ required: true, message: '请选择受理日期' }]}>
          <DatePicker disabledDate={(d) => d.isAfter(today.day, 'day')} data-testid="case-received-on" />
        </Form.Item>
        <Form.Item
          name="subject"
          label="检查对象"
          required
          rules={[
            {
              validator: (_, v?: PickedSubject) =>
                v?.id || (v?.name.trim().length ?? 0) >= 2
                  ? Promise.resolve()
                  : Promise.reject(new Error('请选择名录库中的对象，或填写对象名称（至少 2 个字）')),
            },
          ]}
        >
          <SubjectPicker />
        </Form.Item>
        <Form.Item name="departmentId" label="承办部门" rules={[{ required: true, message: '请选择承办部门' }]}>
          <DepartmentSelect data-testid="case-department" />
        </Form.Item>
        <Form.Item
          name="summary"
          label="案情摘要"
          rules={[{ required: true, min: 4, message: '请填写案情摘要（至少 4 个字）' }]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="case-summary" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="case-form-error" />}
    </FormModal>
  );
}
