import { Alert, Form, Input } from 'antd';
import { useSubmit } from '../../api/useSubmit';
import { FormModal } from '../../components/FormModal';

/** Asks for the reason a step needs (退回, 不予公示) and runs it; the core's refusal stays in the dialog. */
export function ReasonModal({
  title,
  label,
  placeholder,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  placeholder: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: (done: boolean) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const submit = useSubmit(async (fields: { reason: string }) => {
    await onSubmit(fields.reason);
    onClose(true);
  });
  return (
    <FormModal
      title={title}
      open
      onCancel={() => onClose(false)}
      form={form}
      onSubmit={submit.run}
      confirmLoading={submit.busy}
      destroyOnHidden
    >
      {submit.error && <Alert type="error" showIcon message={submit.error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={label} rules={[{ required: true, min: 2, message: `请填写${label}` }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} placeholder={placeholder} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
