import { Alert, App, Button, DatePicker, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { PdfActions } from '../../components/PdfActions';
import { native } from '../../native';
import { PlanTaskModal } from './PlanTaskModal';
import { PlanTasksTable } from './PlanTasksTable';
import { PublishModal } from './PublishModal';
import { useOfficeToday } from '../../components/OfficeDay';

type Detail = MethodOutput<'plans.get'>;
type PlanTask = Detail['tasks'][number];
type Adjustment = Detail['adjustments'][number];

const KIND: Record<Adjustment['kind'], string> = { add: '新增任务', modify: '修改任务', cancel: '取消任务' };

/** One plan: its tasks, the rules' warnings, publication, adjustments and their version history. */
export function PlanDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const detail = useCall('plans.get', { id });
  const today = useOfficeToday();
  const [editing, setEditing] = useState<PlanTask | 'new' | null>(null);
  const [publishing, setPublishing] = useState(false);
  const plan = detail.data?.plan;

  const cancelTask = (task: PlanTask) => {
    if (!plan) return;
    const adjustment = { reason: '', filedOn: today.date };
    modal.confirm({
      title: `取消任务“${task.name}”？`,
      content:
        plan.status === 'published' ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <span>计划已发布，取消将作为计划调整记录，须写明原因并报备。</span>
            <Input
              placeholder="取消原因"
              onChange={(e) => (adjustment.reason = e.target.value)}
              data-testid="cancel-reason"
            />
            <DatePicker defaultValue={today.day} onChange={(d) => d && (adjustment.filedOn = d.format('YYYY-MM-DD'))} />
          </Space>
        ) : (
          '草稿中的任务将直接删除。'
        ),
      okText: '取消任务',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: async () => {
        try {
          await call('plans.cancelTask', {
            planId: plan.id,
            taskId: task.id,
            adjustment: plan.status === 'published' ? adjustment : undefined,
          });
          message.success('任务已取消');
          detail.reload();
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };

  const exportPlan = async () => {
    try {
      const file = await call('plans.export', { id });
      await native.saveDownload(file.download, file.fileName);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const editable = plan && can('plans.saveTask');
  const own = (t: PlanTask) => t.planId === plan?.id;
  // One adjustment notice per published version (and one for adjustments still waiting to be published).
  const adjustmentVersions = [
    ...new Set((detail.data?.adjustments ?? []).map((a) => a.version ?? ('pending' as const))),
  ];
  return (
    <>
      <PageTitle
        title={plan?.name ?? '年度抽查计划'}
        extra={
          <Space>
            <Button onClick={() => navigate('/plans')}>返回列表</Button>
            {editable && (
              <Button onClick={() => setEditing('new')} data-testid="plan-task-add">
                添加任务
              </Button>
            )}
            {plan && can('plans.publish') && (plan.status === 'draft' || plan.pendingAdjustments > 0) && (
              <Button type="primary" onClick={() => setPublishing(true)} data-testid="plan-publish">
                {plan.status === 'draft' ? '发布计划' : '发布调整'}
              </Button>
            )}
            <Button onClick={() => void exportPlan()}>导出 Excel</Button>
            <PdfActions method="documents.plan" input={{ planId: id }} label="计划" testId="plan-pdf" />
          </Space>
        }
      />
      <LoadError error={detail.error} onRetry={detail.reload} />
      {plan && (
        <Descriptions size="small" column={4} style={{ marginBottom: 16 }} data-testid="plan-summary">
          <Descriptions.Item label="年度">{plan.year}</Descriptions.Item>
          <Descriptions.Item label="部门">{plan.departmentName}</Descriptions.Item>
          <Descriptions.Item label="状态">
            {plan.status === 'draft' ? <Tag>草稿</Tag> : <Tag color="green">已发布 第 {plan.version} 版</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="批准 / 发布">
            {plan.approvedOn ?? '—'} / {plan.publishedOn ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
      {(detail.data?.warnings.length ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="请注意"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {detail.data?.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
          data-testid="plan-warnings"
        />
      )}
      <PlanTasksTable
        tasks={detail.data?.tasks}
        loading={detail.loading}
        editable={(t) => Boolean(editable) && own(t) && t.status === 'active'}
        onEdit={setEditing}
        onCancel={cancelTask}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        调整记录与版本
      </Typography.Title>
      {adjustmentVersions.length > 0 && (
        <Space wrap style={{ marginBottom: 8 }}>
          {adjustmentVersions.map((v) => (
            <PdfActions
              key={v}
              method="documents.plan"
              input={{ planId: id, adjustments: v }}
              label={v === 'pending' ? '待发布的调整通知' : `第 ${v} 版调整通知`}
            />
          ))}
        </Space>
      )}
      <Table<Adjustment>
        rowKey="id"
        size="small"
        dataSource={detail.data?.adjustments}
        pagination={false}
        locale={{ emptyText: '发布后的任何调整都会记录在这里' }}
        data-testid="plan-adjustments"
        columns={[
          {
            title: '版本',
            key: 'version',
            width: 120,
            render: (_, a) =>
              a.version === null ? <Tag color="orange">待发布</Tag> : `第 ${a.version} 版 ${a.publishedOn}`,
          },
          { title: '调整', dataIndex: 'kind', width: 80, render: (k: Adjustment['kind']) => KIND[k] },
          { title: '任务', dataIndex: 'taskName', width: 180 },
          { title: '原因', dataIndex: 'reason' },
          {
            title: '变更',
            dataIndex: 'changes',
            render: (changes: Adjustment['changes']) =>
              changes.map((c) => (
                <div key={c.label}>
                  {c.label}：{c.before || '（无）'} → {c.after || '（无）'}
                </div>
              )),
          },
          { title: '报备日期', dataIndex: 'filedOn', width: 100 },
          { title: '经办', dataIndex: 'actorName', width: 90 },
        ]}
      />
      {plan && (
        <PlanTaskModal
          plan={plan}
          task={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              message.success(plan.status === 'published' ? '已记录为计划调整，发布后生效' : '任务已保存');
              detail.reload();
            }
          }}
        />
      )}
      {plan && (
        <PublishModal
          plan={plan}
          open={publishing}
          onClose={(done) => {
            setPublishing(false);
            if (done) {
              message.success('已发布');
              detail.reload();
            }
          }}
        />
      )}
    </>
  );
}
