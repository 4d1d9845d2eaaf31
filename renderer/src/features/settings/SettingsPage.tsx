import { App, Button, Card, Form, Input, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { PageTitle } from '../../components/PageTitle';
import { formatTime } from '../../components/format';
import { AccessSettingsCard } from './AccessSettingsCard';
import { DocumentFontsCard } from './DocumentFontsCard';
import { PlanSettingsCard } from './PlanSettingsCard';
import { ResultListsCard } from './ResultListsCard';
import { ResultSettingsCard } from './ResultSettingsCard';
import { SubmissionSettingsCard } from './SubmissionSettingsCard';
import { TimeZoneCard } from './TimeZoneCard';
import { useUnsavedForm } from '../../components/unsavedChanges';

interface OfficeForm {
  officeName: string;
  regionCode: string;
}

export function SettingsPage() {
  const { message } = App.useApp();
  const { refresh } = useSession();
  const [form] = Form.useForm<OfficeForm>();
  const unsaved = useUnsavedForm(form);
  const office = useCall('settings.office', {});
  const all = useCall('settings.list', {});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (office.data) form.setFieldsValue(office.data);
  }, [office.data, form]);

  const save = async (values: OfficeForm) => {
    setBusy(true);
    try {
      await call('settings.updateOffice', { ...values, regionCode: values.regionCode ?? '' });
      unsaved.markSaved();
      message.success('单位信息已保存');
      all.reload();
      refresh();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="系统设置" />
      <Card title="单位信息" style={{ marginBottom: 16 }}>
        <Form<OfficeForm>
          form={form}
          {...unsaved.track}
          layout="vertical"
          onFinish={save}
          style={{ maxWidth: 480 }}
          data-testid="office-form"
        >
          <Form.Item
            name="officeName"
            label="单位名称（填报单位）"
            rules={[{ required: true, message: '请输入单位名称' }]}
            extra="显示在页面顶部，并印在报表和文书上"
          >
            <Input data-testid="office-name-input" />
          </Form.Item>
          <Form.Item name="regionCode" label="行政区划代码" rules={[{ pattern: /^\d{6}$/, message: '应为 6 位数字' }]}>
            <Input maxLength={6} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="office-save">
            保存
          </Button>
        </Form>
      </Card>
      <TimeZoneCard onSaved={all.reload} />
      <PlanSettingsCard onSaved={all.reload} />
      <ResultSettingsCard onSaved={all.reload} />
      <SubmissionSettingsCard onSaved={all.reload} />
      <ResultListsCard />
      <DocumentFontsCard onSaved={all.reload} />
      <AccessSettingsCard onSaved={all.reload} />
      <Card title="全部设置项">
        <Typography.Paragraph type="secondary">
          各功能模块的设置项在上方或相应功能中配置（工作日历见“系统管理 → 工作日历”），此处集中列出以便核对。
        </Typography.Paragraph>
        <Table
          rowKey="key"
          size="small"
          loading={all.loading}
          dataSource={all.data}
          pagination={false}
          columns={[
            { title: '设置项', dataIndex: 'key' },
            { title: '值', dataIndex: 'value', render: (v: unknown) => <code>{JSON.stringify(v)}</code> },
            { title: '修改时间', dataIndex: 'updatedAt', render: formatTime },
          ]}
        />
      </Card>
    </>
  );
}
