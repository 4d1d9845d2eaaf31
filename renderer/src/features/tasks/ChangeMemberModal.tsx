import { Alert, Form, Input, Select } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';
import {
  certificateValidity,
  CERTIFICATE_VALIDITY_LABELS,
  hasCertNo,
  type DatePeriod,
} from '../../../../electron/core/inspectors/certificate.shared';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { FormModal } from '../../components/FormModal';

type Drawn = MethodOutput<'draws.result'>['subjects'][number];
type Values = { removeInspectorId: number; addInspectorId: number; reason: string };

/**
 * Replaces one officer of a subject's team, with a reason; the core refuses a recused or uncertified newcomer. Those
 * whose certificate is not valid through the task's period (the core's one rule) are listed but cannot be chosen,
 * with the reason beside their name.
 */
export function ChangeMemberModal(props: {
  taskId: number;
  departmentIds: number[];
  period: DatePeriod;
  subject: Drawn | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<Values>();
  const inspectors = useCall('inspectors.list', { active: true });
  const { run, busy, error } = useSubmit(async (v: Values) => {
    await call('draws.changeMember', { taskId: props.taskId, subjectId: props.subject?.subjectId ?? 0, ...v });
    props.onClose(true);
  });
  const members = props.subject?.team.filter((m) => m.role === 'officer') ?? [];
  const candidates = (inspectors.data ?? []).filter(
    (i) => props.departmentIds.includes(i.departmentId) && !members.some((m) => m.id === i.id),
  );
  return (
    <FormModal
      title={`调整检查组成员：${props.subject?.name ?? ''}`}
      open={props.subject !== null}
      form={form}
      onSubmit={run}
      onCancel={() => props.onClose(false)}
      confirmLoading={busy}
      okText="调整"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'change-member-save' }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="removeInspectorId" label="换下" rules={[{ required: true, message: '请选择要换下的人员' }]}>
          <Select
            options={members.map((m) => ({ value: m.id, label: `${m.name}（${m.departmentName}）` }))}
            data-testid="change-member-remove"
          />
        </Form.Item>
        <Form.Item name="addInspectorId" label="换上" rules={[{ required: true, message: '请选择替换的人员' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={inspectors.loading}
            options={candidates.map((i) => {
              const certificate = certificateValidity({ ...i, hasCertNo: hasCertNo(i.certNo) }, props.period);
              const unfit = certificate === 'valid' ? '' : ` — ${CERTIFICATE_VALIDITY_LABELS[certificate]}，不能派出`;
              return {
                value: i.id,
                label: `${i.name}（${i.departmentName}，证号 ${i.certNo ?? '无'}）${unfit}`,
                disabled: certificate !== 'valid',
              };
            })}
            data-testid="change-member-add"
          />
        </Form.Item>
        <Form.Item name="reason" label="调整原因" rules={[{ required: true, min: 2, message: '请写明调整原因' }]}>
          <Input data-testid="change-member-reason" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="change-member-error" />}
    </FormModal>
  );
}
