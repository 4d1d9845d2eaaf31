import { Alert, Form, Input, InputNumber } from 'antd';
import type { DepartmentView } from '../../../../electron/core/departments/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { useFormFill } from '../../components/useFormFill';
import { FormModal } from '../../components/FormModal';

interface DepartmentForm {
  code: string;
  name: string;
  shortName: string;
  sortOrder: number;
}

export function DepartmentFormModal({
  department,
  onClose,
}: {
  department: DepartmentView | 'new' | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<DepartmentForm>();
  const editing = department !== null && department !== 'new' ? department : null;

  const { run, busy, error } = useSubmit(async (values: DepartmentForm) => {
    if (editing) await call('departments.update', { id: editing.id, ...values });
    else await call('departments.create', values);
    onClose(true);
  });

  useFormFill(form, department !== null, editing ?? { sortOrder: 0 });
  return (
    <FormModal
      title={editing ? `修改部门：${editing.name}` : '新增部门'}
      open={department !== null}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="保存"
      destroyOnHidden
    >
      <Form<DepartmentForm> form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label="部门名称" rules={[{ required: true, message: '请输入部门名称' }]}>
          <Input placeholder="如：县卫生健康委员会" />
        </Form.Item>
        <Form.Item name="shortName" label="简称" rules={[{ required: true, message: '请输入简称' }]}>
          <Input placeholder="如：卫健" maxLength={10} />
        </Form.Item>
        <Form.Item
          name="code"
          label="部门编码"
          rules={[{ required: true, message: '请输入部门编码' }]}
          extra="字母或数字，如 WJ"
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="sortOrder" label="排序号" extra="数字小的排在前面">
          <InputNumber min={0} max={9999} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
