import { App, Button, Descriptions, Divider, Drawer, Popconfirm, Table, Tag, Typography } from 'antd';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { formatTime } from '../../components/format';
import { ChangeTimeline } from '../../components/ChangeTimeline';
import { CertTag } from './CertTag';
import { RecusalForm } from './RecusalForm';

/** One inspector with the recusals on record: current ones can be ended with a reason, none are ever deleted. */
export function InspectorDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const detail = useCall('inspectors.get', { id: id ?? 0 });
  const refresh = () => {
    detail.reload();
    onChanged();
  };
  const end = (recusalId: number) => {
    let reason = '';
    modal.confirm({
      title: '解除回避',
      content: (
        <textarea
          style={{ width: '100%' }}
          rows={3}
          placeholder="请写明解除理由"
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      okText: '解除',
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('inspectors.endRecusal', { id: recusalId, reason });
          message.success('已解除');
          refresh();
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };
  const inspector = id !== null ? detail.data?.inspector : undefined;
  return (
    <Drawer
      title={inspector?.name ?? '执法人员'}
      width={760}
      open={id !== null}
      onClose={onClose}
      data-testid="inspector-drawer"
    >
      {inspector && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="所属部门">{inspector.departmentName}</Descriptions.Item>
            <Descriptions.Item label="职务">{inspector.position || '—'}</Descriptions.Item>
            <Descriptions.Item label="执法证号">{inspector.certNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="证件状态">
              <CertTag status={inspector.certStatus} validTo={inspector.certValidTo} />
            </Descriptions.Item>
            <Descriptions.Item label="专业特长" span={2}>
              {inspector.expertise || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Divider orientation="left">回避范围</Divider>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={detail.data?.recusals}
            data-testid="recusals-table"
            columns={[
              {
                title: '范围',
                key: 'scope',
                width: 260,
                render: (_, r) =>
                  r.kind === 'region'
                    ? (r.regionText ?? `区域 ${r.regionCode ?? ''}`)
                    : `${r.subjectName ?? ''}（${r.subjectUscc ?? ''}）`,
              },
              { title: '原因', dataIndex: 'relation', width: 130 },
              { title: '理由', dataIndex: 'reason' },
              { title: '登记时间', dataIndex: 'createdAt', width: 160, render: formatTime },
              {
                title: '状态',
                key: 'state',
                width: 120,
                render: (_, r) =>
                  r.endedAt ? (
                    <Typography.Text type="secondary" title={r.endReason ?? ''}>
                      已解除
                    </Typography.Text>
                  ) : can('inspectors.endRecusal') ? (
                    <Popconfirm title="解除这条回避？" okText="继续" cancelText="取消" onConfirm={() => end(r.id)}>
                      <Button size="small" type="link">
                        <Tag color="red">有效</Tag>解除
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Tag color="red">有效</Tag>
                  ),
              },
            ]}
          />
          <Divider orientation="left">变更记录</Divider>
          <ChangeTimeline entries={detail.data?.history ?? []} testId="inspector-history" />
          {can('inspectors.addRecusal') && (
            <>
              <Divider orientation="left">登记新的回避</Divider>
              <RecusalForm inspectorId={inspector.id} onAdded={refresh} />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
