import { Form, Radio, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useCall } from '../../api/useCall';

/**
 * While a new account is typed: the officers of the 执法人员库 whose name and department are the account's, and whom
 * no account claims yet, offered as the account's 关联执法人员 (the first preselected). Without the link an officer's
 * account cannot enter the results of the teams the officer is on.
 */
export function OfficerLinkOffer() {
  const form = Form.useFormInstance();
  const displayName = (Form.useWatch<string | undefined>('displayName', form) ?? '').trim();
  const departmentId = Form.useWatch<number | null | undefined>('departmentId', form) ?? undefined;
  const known = displayName.length >= 2 && departmentId !== undefined;
  const officers = useCall('inspectors.list', { q: displayName, departmentId }, known);
  const accounts = useCall('users.list', {}, known);
  const matches = useMemo(() => {
    if (!known) return [];
    const claimed = new Set((accounts.data ?? []).map((u) => u.inspectorId));
    return (officers.data ?? []).filter((o) => o.name === displayName && !claimed.has(o.id));
  }, [known, officers.data, accounts.data, displayName]);
  const matchKey = matches.map((o) => o.id).join(',');
  // A new set of matches (the name or department changed) proposes its first officer again.
  useEffect(() => {
    form.setFieldValue('inspectorId', matches[0]?.id ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- matchKey stands for matches
  }, [form, matchKey]);
  if (matches.length === 0) return <Form.Item name="inspectorId" hidden />;
  return (
    <Form.Item
      name="inspectorId"
      label="关联执法人员"
      extra="执法人员库中有姓名和部门相同的人员。关联后，该账户可以录入其所在检查组的检查结果；以后也可在「关联执法人员」中修改。"
    >
      <Radio.Group data-testid="user-form-officer">
        <Space direction="vertical">
          {matches.map((o) => (
            <Radio key={o.id} value={o.id}>
              关联执法人员 {o.name}
              <Typography.Text type="secondary">
                （{o.certNo ? `执法证号 ${o.certNo}` : '无执法证'}，{o.departmentName}）
              </Typography.Text>
            </Radio>
          ))}
          <Radio value={null}>不关联</Radio>
        </Space>
      </Radio.Group>
    </Form.Item>
  );
}
