import { Alert, App, Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { useFormFill } from '../../components/useFormFill';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { readableTable } from '../../components/readableTable';
import { FormModal } from '../../components/FormModal';

type Expert = MethodOutput<'experts.list'>[number];
type ExpertForm = Omit<Expert, 'id' | 'active' | 'orgType'> & {
  orgType: '检测机构' | '科研院所' | '高校' | '专家学者' | '其他';
};
const ORG_TYPES = ['检测机构', '科研院所', '高校', '专家学者', '其他'] as const;

/** 专家库: specialists who may accompany a check; they never count as enforcement officers. */
export function ExpertsPage() {
  const { message } = App.useApp();
  const { can } = useSession();
  const [q, setQ] = useState<string>();
  const [includeInactive, setIncludeInactive] = useState(false);
  const list = useCall('experts.list', { q, includeInactive });
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const [form] = Form.useForm<ExpertForm>();
  const save = useSubmit(async (values: ExpertForm) => {
    if (editing && editing !== 'new')
      await call('experts.update', { ...values, id: editing.id, active: editing.active });
    else await call('experts.create', values);
    setEditing(null);
    message.success('专家已保存');
    list.reload();
  });
  useFormFill(
    form,
    editing !== null,
    editing && editing !== 'new'
      ? { ...editing, orgType: editing.orgType as ExpertForm['orgType'] }
      : { orgType: '检测机构' },
  );
  const toggle = async (e: Expert) => {
    await call('experts.update', { ...e, orgType: e.orgType as ExpertForm['orgType'], active: !e.active });
    list.reload();
  };

  return (
    <>
      <PageTitle
        title="专家库"
        extra={
          can('experts.create') && (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="expert-add">
              新增专家
            </Button>
          )
        }
      />
      <Alert
        type="info"
        showIcon
        message="专家（检测机构、科研院所、专家学者等）可随同检查，但不计入所需的执法人员人数。"
        style={{ marginBottom: 16 }}
      />
      <Space style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder="姓名、单位或领域"
          allowClear
          onSearch={(v) => setQ(v.trim() || undefined)}
          style={{ width: 240 }}
        />
        <Select
          value={includeInactive}
          onChange={setIncludeInactive}
          options={[
            { value: false, label: '仅在库' },
            { value: true, label: '含已停用' },
          ]}
          style={{ width: 120 }}
          data-testid="experts-include-inactive"
        />
      </Space>
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<Expert>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data}
        data-testid="experts-table"
        {...readableTable<Expert>(
          [
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '所在单位', dataIndex: 'organisation' },
            { title: '类别', dataIndex: 'orgType', width: 100 },
            { title: '专业领域', dataIndex: 'field' },
            { title: '电话', dataIndex: 'phone', width: 130 },
            {
              title: '状态',
              dataIndex: 'active',
              width: 80,
              render: (a: boolean) => (a ? <Tag color="green">在库</Tag> : <Tag>停用</Tag>),
            },
            {
              title: '操作',
              key: 'actions',
              width: 140,
              render: (_, e) =>
                can('experts.update') && (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => setEditing(e)}>
                      编辑
                    </Button>
                    <Button type="link" size="small" danger={e.active} onClick={() => void toggle(e)}>
                      {e.active ? '停用' : '启用'}
                    </Button>
                  </Space>
                ),
            },
          ],
          'name',
          100,
        )}
      />
      <FormModal
        title={editing && editing !== 'new' ? `修改专家：${editing.name}` : '新增专家'}
        open={editing !== null}
        form={form}
        onSubmit={save.run}
        onCancel={() => setEditing(null)}
        confirmLoading={save.busy}
        okText="保存"
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'expert-save' }}
      >
        <Form<ExpertForm> form={form} layout="vertical" preserve={false}>
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
            <Input data-testid="expert-name" />
          </Form.Item>
          <Form.Item name="organisation" label="所在单位" rules={[{ required: true, message: '请输入所在单位' }]}>
            <Input data-testid="expert-organisation" />
          </Form.Item>
          <Form.Item name="orgType" label="单位类别">
            <Select options={ORG_TYPES.map((t) => ({ value: t, label: t }))} />
          </Form.Item>
          <Form.Item name="field" label="专业领域">
            <Input data-testid="expert-field" />
          </Form.Item>
          <Form.Item name="phone" label="联系电话">
            <Input />
          </Form.Item>
        </Form>
        {save.error && <Alert type="error" showIcon message={save.error} />}
      </FormModal>
    </>
  );
}
