import { Alert, Form, Input, Typography } from 'antd';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { FormModal } from '../../components/FormModal';
import { sharedRule } from '../../components/formRules';
import { cancelApproverProblem, cancelReasonProblem } from '../../../../electron/core/tasks/cancel.shared';

type CancelValues = { reason: string; approver: string };

/**
 * 作废: the task stays on record with its draw; nothing more is done in it, and the planned task (or the same 专项)
 * can then be created again — the new task records that it replaces this one, and why.
 */
export function CancelTaskModal({
  open,
  task,
  onClose,
}: {
  open: boolean;
  task: { id: number; name: string };
  onClose: (done: boolean) => void;
}) {
  const [form] = Form.useForm<CancelValues>();
  const { run, busy, error } = useSubmit(async (v: CancelValues) => {
    await call('tasks.cancel', { id: task.id, ...v });
    onClose(true);
  });
  return (
    <FormModal
      title={`作废任务“${task.name}”`}
      open={open}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="确认作废"
      okButtonProps={{ danger: true, 'data-testid': 'task-cancel-confirm' }}
      destroyOnHidden
      // The reason is where the user starts typing, whether the dialog was opened by mouse or by Enter.
      afterOpenChange={(opened) => {
        if (opened) (form.getFieldInstance('reason') as { focus?: () => void } | undefined)?.focus?.();
      }}
    >
      <Typography.Paragraph type="secondary">
        作废后，本任务及其抽取记录保留备查，但不能再抽取、匹配人员或录入结果；之后可按原计划任务重新创建，新任务将记明它替代本任务、作废原因和批准人。已录入检查结果的任务不能作废。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label="作废原因"
          rules={[{ required: true, message: '请写明作废原因' }, sharedRule(cancelReasonProblem)]}
        >
          <Input.TextArea rows={2} data-testid="task-cancel-reason" />
        </Form.Item>
        <Form.Item
          name="approver"
          label="批准人"
          rules={[{ required: true, message: '请填写批准人' }, sharedRule(cancelApproverProblem)]}
        >
          <Input data-testid="task-cancel-approver" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
