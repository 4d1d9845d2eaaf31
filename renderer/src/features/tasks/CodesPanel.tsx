import { App, Button, Empty, Space, Table, Typography } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PdfActions } from '../../components/PdfActions';

type Code = MethodOutput<'codes.ofTask'>[number];

/**
 * 检查码: each subject's code and the text its notice's QR code carries, signed with the office's secret; anyone
 * can check a printed one on the 检查码核验 screen or with `code verify`.
 */
export function CodesPanel({ taskId, locked }: { taskId: number; locked: boolean }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const codes = useCall('codes.ofTask', { taskId });
  const issue = async () => {
    try {
      const r = await call('codes.issue', { taskId });
      message.success(`已生成 ${r.issued} 个检查码`);
      codes.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  if (!locked) return <Empty description="名单锁定后，每个检查对象自动获得检查码。" />;
  return (
    <>
      <LoadError error={codes.error} onRetry={codes.reload} />
      {(codes.data?.length ?? 0) > 0 && (
        <Space style={{ marginBottom: 12 }}>
          <PdfActions method="documents.notices" input={{ taskId }} label="全部抽查通知书" testId="notices-pdf" />
          <Typography.Text type="secondary">每户一页（含检查码二维码），页码按户从第 1 页编起。</Typography.Text>
        </Space>
      )}
      {codes.data?.length === 0 && can('codes.issue') && (
        <Button type="primary" onClick={() => void issue()} style={{ marginBottom: 12 }}>
          生成检查码
        </Button>
      )}
      <Table<Code>
        rowKey="subjectId"
        size="small"
        loading={codes.loading}
        dataSource={codes.data}
        pagination={{ pageSize: 50 }}
        data-testid="codes-table"
        columns={[
          { title: '检查对象', dataIndex: 'name', ellipsis: true },
          { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
          {
            title: '检查码',
            dataIndex: 'code',
            width: 170,
            render: (code: string) => (
              <Typography.Text code copyable data-testid="code-value">
                {code}
              </Typography.Text>
            ),
          },
          {
            title: '二维码内容',
            dataIndex: 'payload',
            ellipsis: true,
            render: (payload: string) => (
              <Typography.Text copyable={{ text: payload }} type="secondary" ellipsis style={{ maxWidth: 360 }}>
                {payload}
              </Typography.Text>
            ),
          },
          {
            title: '通知书',
            key: 'notice',
            width: 190,
            render: (_, c) => (
              <PdfActions
                method="documents.notices"
                input={{ taskId, subjectIds: [c.subjectId] }}
                label=""
                size="small"
              />
            ),
          },
        ]}
      />
    </>
  );
}
