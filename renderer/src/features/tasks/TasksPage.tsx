import { Button, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { TaskDepartments } from '../plans/TaskDepartments';
import { DrawStatusTag } from './DrawStatusTag';
import { FromPlanModal, SpecialTaskModal } from './NewTaskModals';
import { readableTable } from '../../components/readableTable';
import { useOfficeToday } from '../../components/OfficeDay';

type Task = MethodOutput<'tasks.list'>[number];

/** What each of the three task screens lists and where a row leads. */
const VIEWS = {
  tasks: { title: '抽查任务', show: () => true, tab: 'draw' },
  draws: { title: '名单抽取', show: (t: Task) => t.status === 'open' && !t.cancelled, tab: 'draw' },
  matches: { title: '人员匹配', show: (t: Task) => t.drawStatus === 'locked' && !t.cancelled, tab: 'teams' },
} as const;

/** 抽查任务 (all tasks, created from the plan or as 专项), 名单抽取 (tasks to draw), 人员匹配 (locked tasks). */
export function TasksPage({ view }: { view: keyof typeof VIEWS }) {
  const { can } = useSession();
  const navigate = useNavigate();
  const today = useOfficeToday();
  const [year, setYear] = useState(today.year);
  const list = useCall('tasks.list', { year });
  const [creating, setCreating] = useState<'plan' | 'special' | null>(null);
  const { title, show, tab } = VIEWS[view];
  const open = (task: Task) => navigate(`/tasks/${task.id}?tab=${tab}`);
  const created = (id?: number) => {
    setCreating(null);
    if (id) navigate(`/tasks/${id}?tab=draw`);
  };
  return (
    <>
      <PageTitle
        title={title}
        extra={
          view === 'tasks' && (
            <Space>
              {can('tasks.createFromPlan') && (
                <Button type="primary" onClick={() => setCreating('plan')} data-testid="task-from-plan">
                  按计划创建
                </Button>
              )}
              {can('tasks.createSpecial') && <Button onClick={() => setCreating('special')}>专项检查</Button>}
            </Space>
          )
        }
      />
      <Space style={{ marginBottom: 16 }}>
        <span>年度</span>
        <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
      </Space>
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<Task>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.filter(show)}
        pagination={{ pageSize: 50 }}
        data-testid="tasks-table"
        onRow={(task) => ({ onDoubleClick: () => open(task) })}
        {...readableTable<Task>(
          [
            { title: '编号', dataIndex: 'id', width: 70 },
            { title: '任务', dataIndex: 'name', render: (name: string, t) => <a onClick={() => open(t)}>{name}</a> },
            {
              title: '来源',
              dataIndex: 'kind',
              width: 80,
              render: (k: string) => (k === 'planned' ? <Tag>年度计划</Tag> : <Tag color="volcano">专项</Tag>),
            },
            {
              title: '部门',
              key: 'departments',
              width: 220,
              render: (_, t) => <TaskDepartments task={t} />,
            },
            { title: '检查期间', key: 'period', width: 190, render: (_, t) => `${t.periodStart} 至 ${t.periodEnd}` },
            {
              title: '抽取',
              key: 'draw',
              width: 190,
              render: (_, t) => (
                <Space size={4}>
                  {t.cancelled ? <Tag color="default">已作废</Tag> : <DrawStatusTag status={t.drawStatus} />}
                  {t.attempts > 0 && `第 ${t.attempts} 次`}
                  {t.replaces && <Tag color="blue">替代 {t.replaces.taskId}</Tag>}
                </Space>
              ),
            },
            { title: '抽中', dataIndex: 'drawnCount', width: 70, render: (n: number) => (n ? `${n} 户` : '—') },
            {
              title: '人员',
              dataIndex: 'matched',
              width: 80,
              render: (m: boolean) => (m ? <Tag color="green">已匹配</Tag> : '—'),
            },
          ],
          'name',
          160,
        )}
      />
      <FromPlanModal open={creating === 'plan'} onClose={created} />
      <SpecialTaskModal open={creating === 'special'} onClose={created} />
    </>
  );
}
