import { Alert, DatePicker, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { useOfficeToday } from '../../components/OfficeDay';
import { FormModal } from '../../components/FormModal';

type Plan = MethodOutput<'plans.get'>['plan'];

/** First publication (with the approval date), or publication of the pending adjustments as a new version. */
export function PublishModal({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: (done: boolean) => void }) {
  const [form] = Form.useForm<{ approvedOn?: Dayjs; publishedOn: Dayjs }>();
  const first = plan.status === 'draft';
  const today = useOfficeToday();
  const { run, busy, error } = useSubmit(async (v: { approvedOn?: Dayjs; publishedOn: Dayjs }) => {
    await call('plans.publish', {
      id: plan.id,
      approvedOn: v.approvedOn?.format('YYYY-MM-DD'),
      publishedOn: v.publishedOn.format('YYYY-MM-DD'),
    });
    onClose(true);
  });
  return (
    <FormModal
      title={first ? '发布年度抽查计划' : `发布计划调整（第 ${plan.version + 1} 版）`}
      open={open}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="发布"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'plan-publish-confirm' }}
    >
      <Typography.Paragraph type="secondary">
        {first
          ? '计划发布后，新增、取消或修改任务都须作为计划调整，写明原因并报备，再次发布。计划应在批准后 5 个工作日内发布。'
          : `将发布 ${plan.pendingAdjustments} 项待发布的调整。`}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ approvedOn: today.day, publishedOn: today.day }}
      >
        {first && (
          <Form.Item name="approvedOn" label="批准日期" rules={[{ required: true, message: '请选择批准日期' }]}>
            <DatePicker />
          </Form.Item>
        )}
        <Form.Item name="publishedOn" label="发布日期" rules={[{ required: true, message: '请选择发布日期' }]}>
          <DatePicker />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
