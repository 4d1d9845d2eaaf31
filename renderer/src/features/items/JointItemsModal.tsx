import { Alert, Button, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { useSession } from '../../app/session';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { FormModal } from '../../components/FormModal';

interface JointForm {
  name: string;
  scene: string;
  leadDepartmentId: number;
  itemIds: number[];
}

/** 联合抽查事项（一业一查）: items of several departments grouped for one industry scene, with a lead department. */
export function JointItemsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { can } = useSession();
  const joints = useCall('items.jointList', {});
  const items = useCall('items.list', {});
  const [form] = Form.useForm<JointForm>();
  const [adding, setAdding] = useState(false);
  const save = useSubmit(async (values: JointForm) => {
    await call('items.jointCreate', { ...values, scene: values.scene ?? '' });
    form.resetFields();
    setAdding(false);
    joints.reload();
  });
  return (
    <FormModal
      title="联合抽查事项（一业一查）"
      open={open}
      form={form}
      onCancel={onClose}
      footer={null}
      width={900}
      destroyOnHidden
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={joints.data}
        data-testid="joint-items"
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '行业场景', dataIndex: 'scene' },
          { title: '牵头部门', dataIndex: 'leadDepartmentName', width: 170 },
          {
            title: '包含事项',
            key: 'items',
            render: (_, j) => j.items.map((i) => <Tag key={i.id}>{`${i.code}（${i.departmentName}）`}</Tag>),
          },
        ]}
      />
      {can('items.jointCreate') && !adding && (
        <Button style={{ marginTop: 16 }} onClick={() => setAdding(true)}>
          新增联合抽查事项
        </Button>
      )}
      {adding && (
        <Form<JointForm> form={form} layout="vertical" onFinish={save.run} style={{ marginTop: 16 }}>
          <Form.Item name="name" label="名称" rules={[{ required: true, message: '请输入名称' }]}>
            <Input placeholder="如 餐饮店一业一查" />
          </Form.Item>
          <Form.Item name="scene" label="行业场景">
            <Input placeholder="如 开办餐饮店" />
          </Form.Item>
          <Form.Item name="leadDepartmentId" label="牵头部门" rules={[{ required: true, message: '请选择牵头部门' }]}>
            <DepartmentSelect />
          </Form.Item>
          <Form.Item
            name="itemIds"
            label="包含的事项（至少两个部门）"
            rules={[{ required: true, message: '请选择事项' }]}
          >
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={(items.data ?? []).map((i) => ({
                value: i.id,
                label: `${i.code} ${i.name}（${i.departmentName}）`,
              }))}
            />
          </Form.Item>
          {save.error && <Alert type="error" showIcon message={save.error} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" loading={save.busy}>
            保存
          </Button>
        </Form>
      )}
    </FormModal>
  );
}
