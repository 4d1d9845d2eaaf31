import { Alert, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { FormModal } from '../../components/FormModal';
import { useOfficeToday } from '../../components/OfficeDay';
import { useFormFill } from '../../components/useFormFill';

export type Joint = MethodOutput<'items.jointList'>[number];

interface JointForm {
  name: string;
  scene?: string;
  leadDepartmentId: number;
  itemIds: number[];
  effectiveFrom: Dayjs;
  reason?: string;
}

/**
 * A new joint item, or a revision of one: a revision is a new version effective from its date, with its reason,
 * made on the version shown (refused by the core if another was added meanwhile). The member items offered are
 * those on the item list on the effective date.
 */
export function JointItemForm({ joint, onClose }: { joint: Joint | 'new' | null; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<JointForm>();
  const today = useOfficeToday();
  const revising = joint !== null && joint !== 'new' ? joint : null;
  const effectiveFrom = Form.useWatch('effectiveFrom', form);
  const date = (effectiveFrom ?? today.day).format('YYYY-MM-DD');
  const items = useCall('items.list', { asOf: date }, joint !== null);
  const { run, busy, error } = useSubmit(async ({ effectiveFrom: day, reason, ...values }: JointForm) => {
    const fields = { ...values, scene: values.scene ?? '', effectiveFrom: day.format('YYYY-MM-DD') };
    if (revising)
      await call('items.jointUpdate', {
        ...fields,
        id: revising.id,
        versionNo: revising.versionNo,
        reason: reason ?? '',
      });
    else await call('items.jointCreate', fields);
    onClose(true);
  });
  const initial: Partial<JointForm> = revising
    ? {
        name: revising.name,
        scene: revising.scene,
        leadDepartmentId: revising.leadDepartmentId,
        itemIds: revising.items.map((i) => i.id),
        effectiveFrom: today.day,
      }
    : { effectiveFrom: today.day };
  useFormFill(form, joint !== null, initial);
  return (
    <FormModal
      title={revising ? `修订联合抽查事项：${revising.name}（现为第 ${revising.versionNo} 版）` : '新增联合抽查事项'}
      open={joint !== null}
      width={760}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText={revising ? '保存为新版本' : '保存'}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'joint-form-save' }}
    >
      <Form<JointForm> form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label="名称" rules={[{ required: true, message: '请输入名称' }]}>
          <Input placeholder="如 餐饮店一业一查" data-testid="joint-form-name" />
        </Form.Item>
        <Form.Item name="scene" label="行业场景">
          <Input placeholder="如 开办餐饮店" />
        </Form.Item>
        <Form.Item name="leadDepartmentId" label="牵头部门" rules={[{ required: true, message: '请选择牵头部门' }]}>
          <DepartmentSelect />
        </Form.Item>
        <Form.Item
          name="itemIds"
          label="包含的事项（至少两个部门；只列生效日期当天在清单中的事项）"
          rules={[{ required: true, message: '请选择事项' }]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={items.loading}
            data-testid="joint-form-items"
            options={(items.data ?? []).map((i) => ({
              value: i.id,
              label: `${i.code} ${i.name}（${i.departmentName}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker allowClear={false} data-testid="joint-form-effective" />
        </Form.Item>
        {revising && (
          <Form.Item
            name="reason"
            label="修订原因（立改废释）"
            rules={[{ required: true, min: 2, message: '请写明修订原因' }]}
          >
            <Input.TextArea
              rows={2}
              placeholder="如 县政府办公室通知调整一业一查清单"
              data-testid="joint-form-reason"
            />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          保存后旧版本仍保留；按日期查看清单时显示当天有效的版本。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      </Form>
    </FormModal>
  );
}
