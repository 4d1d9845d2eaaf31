import { App, Button, Checkbox, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { DepartmentView } from '../../../../electron/core/departments/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { DepartmentFormModal } from './DepartmentFormModal';
import { readableTable } from '../../components/readableTable';

export function DepartmentsPage() {
  const { message } = App.useApp();
  const [includeInactive, setIncludeInactive] = useState(false);
  const departments = useCall('departments.list', { includeInactive });
  const [editing, setEditing] = useState<DepartmentView | 'new' | null>(null);

  const toggle = async (d: DepartmentView) => {
    try {
      await call('departments.setActive', { id: d.id, active: !d.active });
      message.success(d.active ? '已停用' : '已启用');
      departments.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <PageTitle
        title="部门管理（联席会议成员单位）"
        extra={
          <Space>
            <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
              显示已停用
            </Checkbox>
            <Button type="primary" onClick={() => setEditing('new')}>
              新增部门
            </Button>
          </Space>
        }
      />
      <LoadError error={departments.error} onRetry={departments.reload} />
      <Table<DepartmentView>
        rowKey="id"
        size="middle"
        loading={departments.loading}
        dataSource={departments.data}
        pagination={false}
        data-testid="departments-table"
        {...readableTable<DepartmentView>(
          [
            { title: '排序', dataIndex: 'sortOrder', width: 70 },
            { title: '编码', dataIndex: 'code', width: 100 },
            {
              title: '名称',
              dataIndex: 'name',
              render: (name: string, d) => (
                <Space>
                  {name}
                  {d.isLead && <Tag color="blue">牵头部门</Tag>}
                </Space>
              ),
            },
            { title: '简称', dataIndex: 'shortName', width: 110 },
            { title: '启用账户数', dataIndex: 'userCount', width: 110 },
            {
              title: '状态',
              dataIndex: 'active',
              width: 90,
              render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
            },
            {
              title: '操作',
              key: 'actions',
              width: 150,
              render: (_, d) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(d)}>
                    编辑
                  </Button>
                  {!d.isLead && (
                    <Popconfirm
                      title={d.active ? `停用「${d.name}」？` : `启用「${d.name}」？`}
                      okText="确定"
                      cancelText="取消"
                      onConfirm={() => toggle(d)}
                    >
                      <Button type="link" size="small" danger={d.active}>
                        {d.active ? '停用' : '启用'}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ],
          'name',
        )}
      />
      <DepartmentFormModal
        department={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) {
            message.success('部门已保存');
            departments.reload();
          }
        }}
      />
    </>
  );
}
