import { Form, Input, Select } from 'antd';
import type { UserView } from '../../../../electron/core/users/schemas';
import type { Role } from '../../../../electron/core/roles';
import { ROLE_LABELS } from '../../../../electron/core/roles.shared';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { useFormFill } from '../../components/useFormFill';
import { newPasswordRules } from '../../components/formRules';
import { OfficerLinkOffer } from './OfficerLinkOffer';
import { FormModal } from '../../components/FormModal';

interface UserForm {
  username: string;
  displayName: string;
  role: Role;
  departmentId?: number | null;
  password?: string;
  /** A new account's 关联执法人员, offered when an officer has its name and department. */
  inspectorId?: number | null;
}

/** Creates a user (editing is the same form without username and password). */
export function UserFormModal({
  user,
  onClose,
}: {
  user: UserView | null | 'new';
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<UserForm>();
  const roles = useCall('users.grantableRoles', {});
  const editing = user !== null && user !== 'new' ? user : null;

  const { run, busy, error } = useSubmit(async (values: UserForm) => {
    const departmentId = values.departmentId ?? null;
    if (editing) {
      await call('users.update', { id: editing.id, displayName: values.displayName, role: values.role, departmentId });
    } else {
      await call('users.create', {
        ...values,
        departmentId,
        password: values.password ?? '',
        inspectorId: values.inspectorId ?? null,
      });
    }
    onClose(true);
  });

  useFormFill(form, user !== null, editing ?? { role: 'inspector' });
  return (
    <FormModal
      title={editing ? `修改用户：${editing.username}` : '新增用户'}
      open={user !== null}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="保存"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'user-form-save' }}
    >
      <Form<UserForm>
        form={form}
        layout="vertical"
        preserve={false}

        data-testid="user-form"
      >
        {!editing && (
          <Form.Item
            name="username"
            label="用户名"
            rules={[{ required: true, message: '请输入用户名' }]}
            extra="2–32 位字母、数字、下划线、点或连字符"
          >
            <Input data-testid="user-form-username" autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input data-testid="user-form-display-name" />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select
            data-testid="user-form-role"
            options={(roles.data ?? []).map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          />
        </Form.Item>
        <Form.Item name="departmentId" label="所属部门" extra="部门管理员和执法人员必须选择部门">
          <DepartmentSelect allowClear data-testid="user-form-department" />
        </Form.Item>
        {!editing && (
          <Form.Item name="password" label="初始密码" rules={newPasswordRules} extra="用户首次登录时须修改此密码">
            <Input.Password data-testid="user-form-password" autoComplete="new-password" />
          </Form.Item>
        )}
        {!editing && <OfficerLinkOffer />}
      </Form>
      {error && (
        <div className="ant-form-item-explain-error" data-testid="user-form-error">
          {error}
        </div>
      )}
    </FormModal>
  );
}
