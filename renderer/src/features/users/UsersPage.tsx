import { Button, Input, Popconfirm, Select, Space, Table, Tag, App } from 'antd';
import { useState } from 'react';
import type { UserView } from '../../../../electron/core/users/schemas';
import type { Role } from '../../../../electron/core/roles';
import { ROLES, ROLE_LABELS } from '../../../../electron/core/roles.shared';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { formatTime } from '../../components/format';
import { LinkInspectorModal } from './LinkInspectorModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';
import { readableTable } from '../../components/readableTable';

function statusTag(user: UserView) {
  if (!user.active) return <Tag>已停用</Tag>;
  return <Tag color="green">启用</Tag>;
}

export function UsersPage() {
  const { message } = App.useApp();
  const { session } = useSession();
  const [keyword, setKeyword] = useState('');
  const [role, setRole] = useState<Role>();
  const users = useCall('users.list', { keyword: keyword || undefined, role });
  const [editing, setEditing] = useState<UserView | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [linking, setLinking] = useState<UserView | null>(null);
  // Accounts carry only the officer's id; the officers' names come from the 执法人员库.
  const officers = useCall('inspectors.list', {});
  const officerName = new Map(officers.data?.map((o) => [o.id, o.name]));

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      users.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const closeAndReload = (changed: boolean, done: string) => {
    setEditing(null);
    setResetting(null);
    setLinking(null);
    if (changed) {
      message.success(done);
      users.reload();
    }
  };

  return (
    <>
      <PageTitle
        title="用户管理"
        extra={
          <Button type="primary" onClick={() => setEditing('new')} data-testid="user-add">
            新增用户
          </Button>
        }
      />
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search placeholder="用户名或姓名" allowClear onSearch={setKeyword} style={{ width: 220 }} />
        <Select
          placeholder="全部角色"
          allowClear
          style={{ width: 160 }}
          value={role}
          onChange={setRole}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        />
      </Space>
      <LoadError error={users.error} onRetry={users.reload} />
      <Table<UserView>
        rowKey="id"
        size="middle"
        loading={users.loading}
        dataSource={users.data}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 个用户` }}
        data-testid="users-table"
        {...readableTable<UserView>(
          [
            { title: '用户名', dataIndex: 'username' },
            { title: '姓名', dataIndex: 'displayName' },
            { title: '角色', dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] },
            { title: '所属部门', dataIndex: 'departmentName', render: (d: string | null) => d ?? '—' },
            {
              title: '关联执法人员',
              dataIndex: 'inspectorId',
              render: (id: number | null) => (id === null ? '—' : (officerName.get(id) ?? `#${id}`)),
            },
            { title: '状态', key: 'status', render: (_, u) => statusTag(u) },
            { title: '最近登录', dataIndex: 'lastLoginAt', render: formatTime },
            {
              title: '操作',
              key: 'actions',
              render: (_, u) => (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setEditing(u)}>
                    编辑
                  </Button>
                  <Button type="link" size="small" onClick={() => setResetting(u)}>
                    重置密码
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setLinking(u)}
                    data-testid={`user-link-${u.username}`}
                  >
                    关联执法人员
                  </Button>
                  {/* Failed logins make the next ones wait (the core keeps that in memory, per address and account):
                    the administrator can lift the wait for a user who has remembered the password. */}
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void act(() => call('users.unlock', { id: u.id }), '已解除登录等待')}
                  >
                    解除登录等待
                  </Button>
                  {u.id !== session.user.id && (
                    <Popconfirm
                      title={u.active ? `停用 ${u.displayName}？` : `启用 ${u.displayName}？`}
                      description={u.active ? '停用后该账户立即下线且不能登录。' : undefined}
                      okText="确定"
                      cancelText="取消"
                      onConfirm={() =>
                        act(
                          () => call('users.setActive', { id: u.id, active: !u.active }),
                          u.active ? '已停用' : '已启用',
                        )
                      }
                    >
                      <Button type="link" size="small" danger={u.active}>
                        {u.active ? '停用' : '启用'}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ],
          'displayName',
          100,
        )}
      />
      <UserFormModal user={editing} onClose={(changed) => closeAndReload(changed, '用户已保存')} />
      <ResetPasswordModal user={resetting} onClose={(changed) => closeAndReload(changed, '密码已重置')} />
      <LinkInspectorModal user={linking} onClose={(changed) => closeAndReload(changed, '关联已保存')} />
    </>
  );
}
