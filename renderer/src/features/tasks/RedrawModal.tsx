import { Alert, Form, Input, Typography } from 'antd';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { FormModal } from '../../components/FormModal';
import { sharedRule } from '../../components/formRules';
import { redrawApproverProblem, redrawReasonProblem } from '../../../../electron/core/draws/redraw.shared';

/** A redraw is a new numbered attempt: it needs a reason and the approver, and the earlier one stays on record. */
export function RedrawModal({
  open,
  taskId,
  onClose,
}: {
  open: boolean;
  taskId: number;
  onClose: (done: boolean) => void;
}) {
  const [form] = Form.useForm<{ reason: string; approver: string }>();
  const { run, busy, error } = useSubmit(async (v: { reason: string; approver: string }) => {
    await call('draws.open', { taskId, ...v });
    onClose(true);
  });
  return (
    <FormModal
      title="重新抽取"
      open={open}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="开始新的一次抽取"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'redraw-confirm' }}
    >
      <Typography.Paragraph type="secondary">
        本次结果将标记为作废并保留在抽取记录中；新的一次抽取重新冻结名单、生成新的承诺值，并须监督人重新输入。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label="重新抽取原因"
          rules={[{ required: true, message: '请写明原因' }, sharedRule(redrawReasonProblem)]}
        >
          <Input.TextArea rows={2} data-testid="redraw-reason" />
        </Form.Item>
        <Form.Item
          name="approver"
          label="批准人"
          rules={[{ required: true, message: '请填写批准人' }, sharedRule(redrawApproverProblem)]}
        >
          <Input data-testid="redraw-approver" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
