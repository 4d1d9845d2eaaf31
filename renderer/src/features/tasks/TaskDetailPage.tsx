import { Alert, App, Button, Descriptions, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { PdfActions } from '../../components/PdfActions';
import { native } from '../../native';
import { ratiosText } from '../plans/ratios';
import { TaskDepartments } from '../plans/TaskDepartments';
import { useSession } from '../../app/session';
import { AttemptsTable } from './AttemptsTable';
import { CancelTaskModal } from './CancelTaskModal';
import { CodesPanel } from './CodesPanel';
import { DrawPanel } from './DrawPanel';
import { JointVisitsPanel } from './JointVisitsPanel';
import { TeamsPanel } from './TeamsPanel';

/** 任务详情: the task, its draw ceremony, the teams, and the full record of attempts. */
export function TaskDetailPage() {
  const taskId = Number(useParams().id);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const { can } = useSession();
  const [cancelling, setCancelling] = useState(false);
  const task = useCall('tasks.get', { id: taskId });
  const attempts = useCall('draws.attempts', { taskId });
  const result = useCall('draws.result', { taskId });
  const reload = () => {
    task.reload();
    attempts.reload();
    result.reload();
  };
  const exportRecord = async () => {
    try {
      const file = await call('draws.export', { taskId });
      await native.saveDownload(file.download, file.fileName);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const t = task.data;
  return (
    <>
      <PageTitle
        title={t ? `${t.name}` : '抽查任务'}
        extra={
          <Space>
            <Button onClick={() => navigate('/tasks')}>返回任务列表</Button>
            {result.data?.status === 'locked' && (
              <Button onClick={() => navigate(`/results?task=${taskId}`)} data-testid="task-results">
                录入检查结果
              </Button>
            )}
            {result.data?.drawId && (
              <Button onClick={() => void exportRecord()} data-testid="draw-export">
                导出抽取记录（可复核）
              </Button>
            )}
            {result.data?.drawId && (
              <PdfActions method="documents.drawRecord" input={{ taskId }} label="抽取记录" testId="draw-pdf" />
            )}
            {t && !t.cancelled && can('tasks.cancel') && (
              <Button danger onClick={() => setCancelling(true)} data-testid="task-cancel">
                作废任务…
              </Button>
            )}
          </Space>
        }
      />
      <LoadError error={task.error ?? attempts.error ?? result.error} onRetry={reload} />
      {t?.cancelled && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="task-cancelled"
          message={`本任务已于 ${t.cancelled.on} 经 ${t.cancelled.approver} 批准作废（${t.cancelled.by} 操作），原因：${t.cancelled.reason}。记录保留备查，不能再抽取、匹配或录入结果。`}
          description={
            t.replacedBy ? (
              <Link to={`/tasks/${t.replacedBy.taskId}`}>
                替代它的任务：{t.replacedBy.taskName}（编号 {t.replacedBy.taskId}）
              </Link>
            ) : (
              '可在“抽查任务”中按原计划任务（或同样的专项检查）重新创建，新任务将记明替代本任务。'
            )
          }
        />
      )}
      {t?.replaces && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="task-replaces"
          message={
            <>
              本任务替代已作废的任务
              <Link to={`/tasks/${t.replaces.taskId}`}>
                “{t.replaces.taskName}”（编号 {t.replaces.taskId}）
              </Link>
              ：该任务于 {t.replaces.cancelledOn} 经 {t.replaces.approver} 批准作废，原因：{t.replaces.reason}。
            </>
          }
        />
      )}
      {t && (
        <Descriptions
          size="small"
          column={3}
          bordered
          style={{ marginBottom: 16 }}
          data-testid="task-summary"
          title="任务概要"
          extra={
            <PdfActions
              method="documents.workPlan"
              input={{ taskId }}
              label="抽查工作方案"
              size="small"
              testId="work-plan-pdf"
            />
          }
        >
          <Descriptions.Item label="来源">
            {t.kind === 'planned' ? '年度计划' : <Tag color="volcano">专项检查：{t.reason}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="部门">
            <TaskDepartments task={t} />
          </Descriptions.Item>
          <Descriptions.Item label="检查期间">
            {t.periodStart} 至 {t.periodEnd}（{t.mode}）
          </Descriptions.Item>
          <Descriptions.Item label="抽查事项" span={2}>
            {t.itemNames.join('、')}
          </Descriptions.Item>
          <Descriptions.Item label="比例">{ratiosText(t.ratios)}</Descriptions.Item>
          <Descriptions.Item label="检查组">
            每组执法人员 {t.teamSize} 人{t.expertsPerTeam > 0 && `，专家 ${t.expertsPerTeam} 人`}
            {t.expertise && `，优先“${t.expertise}”专长`}
          </Descriptions.Item>
          <Descriptions.Item label="检查批次">
            {t.batchSize ? `抽取批次顺序，每批 ${t.batchSize} 户` : '不分批'}
          </Descriptions.Item>
        </Descriptions>
      )}
      {result.data?.status === 'locked' && <JointVisitsPanel taskId={taskId} />}
      {t && attempts.data && result.data && (
        <Tabs
          activeKey={params.get('tab') ?? 'draw'}
          onChange={(tab) => setParams({ tab }, { replace: true })}
          items={[
            {
              key: 'draw',
              label: '名单抽取',
              children: (
                <DrawPanel
                  taskId={taskId}
                  attempts={attempts.data}
                  live={!t.cancelled}
                  targetFlags={t.ratios.targetFlags}
                  onChange={reload}
                />
              ),
            },
            {
              key: 'teams',
              label: `抽取结果与检查组（${result.data.subjects.length} 户）`,
              children: (
                <TeamsPanel
                  taskId={taskId}
                  departmentIds={t.departmentIds}
                  period={{ start: t.periodStart, end: t.periodEnd }}
                  result={result.data}
                  onChange={reload}
                />
              ),
            },
            { key: 'attempts', label: '抽取记录', children: <AttemptsTable attempts={attempts.data} /> },
            {
              key: 'codes',
              label: '检查码',
              children: <CodesPanel taskId={taskId} locked={result.data.status === 'locked'} />,
            },
          ]}
        />
      )}
      {t && (
        <CancelTaskModal
          open={cancelling}
          task={t}
          onClose={(done) => {
            setCancelling(false);
            if (done) reload();
          }}
        />
      )}
    </>
  );
}
