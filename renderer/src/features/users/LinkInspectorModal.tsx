import { Alert, Form, Select, Typography } from 'antd';
import type { UserView } from '../../../../electron/core/users/schemas';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { useFormFill } from '../../components/useFormFill';
import { FormModal } from '../../components/FormModal';

interface LinkForm {
  inspectorId?: number | null;
}

/**
 * Links a login account to an officer of the 执法人员库: the officer may then enter the results of the teams he is
 * on (谁检查谁录入), and his 待办 lists them. Only the account's own department's officers are offered, as the core
 * requires; clearing the field removes the link.
 */
export function LinkInspectorModal({ user, onClose }: { user: UserView | null; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<LinkForm>();
  const officers = useCall('inspectors.list', { departmentId: user?.departmentId ?? undefined }, user !== null);
  const { run, busy, error } = useSubmit(async (v: LinkForm) => {
    if (!user) return;
    await call('users.linkInspector', { id: user.id, inspectorId: v.inspectorId ?? null });
    onClose(true);
  });
  useFormFill(form, user !== null, { inspectorId: user?.inspectorId ?? undefined });
  return (
    <FormModal
      title={`关联执法人员：${user?.displayName ?? ''}（${user?.username ?? ''}）`}
      open={user !== null}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="保存"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'link-inspector-save' }}
    >
      <Typography.Paragraph type="secondary">
        关联后，该账户可以录入其所在检查组的检查结果，待办中列出其名下超期和即将到期的结果。保存后该账户需重新登录。
        {user?.departmentName ? `可选“${user.departmentName}”的执法人员。` : ''}
      </Typography.Paragraph>
      <Form<LinkForm> form={form} layout="vertical" preserve={false}>
        <Form.Item name="inspectorId" label="执法人员" extra="清空后保存，即取消关联">
          <Select<number>
            allowClear
            showSearch
            optionFilterProp="label"
            loading={officers.loading}
            placeholder="选择执法人员（可输入姓名或执法证号查找）"
            options={(officers.data ?? []).map((o) => ({
              value: o.id,
              label: `${o.name}（${o.certNo ?? '无执法证'}）${o.active ? '' : ' 不在岗'}`,
            }))}
            data-testid="link-inspector-select"
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
