import { Button, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { TaskDepartments } from './TaskDepartments';
import { ratiosText } from './ratios';
import { readableTable } from '../../components/readableTable';

type PlanTask = MethodOutput<'plans.get'>['tasks'][number];
type TaskValues = Omit<PlanTask, 'pending'>;

const STATUS = (t: TaskValues) => (t.status === 'active' ? '有效' : '已取消');

/** What a column shows of a task, and the text compared to tell whether an unpublished adjustment changes it. */
interface Field {
  text: (t: TaskValues) => string;
  show?: (t: TaskValues) => ReactNode;
}

const FIELDS = {
  name: { text: (t) => t.name },
  items: { text: (t) => t.itemNames.join('、') },
  departments: {
    text: (t) => `${t.leadDepartmentId}|${t.departmentNames.join('、')}`,
    show: (t) => <TaskDepartments task={t} />,
  },
  ratios: { text: (t) => ratiosText(t.ratios) },
  period: { text: (t) => `${t.periodStart} 至 ${t.periodEnd}` },
  mode: { text: (t) => t.mode },
  status: {
    text: STATUS,
    show: (t) => (t.status === 'active' ? <Tag color="blue">有效</Tag> : <Tag>已取消</Tag>),
  },
} satisfies Record<string, Field>;

/**
 * One cell: the value in force, and below it, when an unpublished adjustment changes it, the new value marked
 * 待发布 — an adjustment takes effect only when it is published. A task the adjustment adds is wholly 待发布.
 */
function cell(task: PlanTask, field: Field): ReactNode {
  const show = field.show ?? field.text;
  const { pending, ...now } = task;
  if (!pending) return show(now);
  if (!pending.inForce) return field === FIELDS.status ? <Tag color="orange">待发布（新增）</Tag> : show(now);
  if (field.text(pending.inForce) === field.text(now)) return show(pending.inForce);
  return (
    <Space direction="vertical" size={2}>
      <span>{show(pending.inForce)}</span>
      <span data-testid="plan-task-pending">
        <Tag color="orange">待发布</Tag>
        {show(now)}
      </span>
    </Space>
  );
}

/** Changes to what the table has no column for (frequency, scope, notes), listed under the task's name. */
const SHOWN = new Set(['任务名称', '抽查事项', '发起部门', '参与部门', '抽查比例', '检查期间', '检查方式', '状态']);

function nameCell(task: PlanTask): ReactNode {
  const others = (task.pending?.inForce ? task.pending.changes : []).filter((c) => !SHOWN.has(c.label));
  if (others.length === 0) return cell(task, FIELDS.name);
  return (
    <Space direction="vertical" size={2}>
      {cell(task, FIELDS.name)}
      {others.map((c) => (
        <span key={c.label} data-testid="plan-task-pending">
          <Tag color="orange">待发布</Tag>
          {c.label}：{c.before || '（无）'} → {c.after || '（无）'}
        </span>
      ))}
    </Space>
  );
}

/** A plan's tasks as in force, each unpublished change beside the value it will replace. */
export function PlanTasksTable(props: {
  tasks: PlanTask[] | undefined;
  loading: boolean;
  /** Whether the caller may modify and cancel this task (own plan, still active). */
  editable: (t: PlanTask) => boolean;
  onEdit: (t: PlanTask) => void;
  onCancel: (t: PlanTask) => void;
}) {
  return (
    <Table<PlanTask>
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={props.tasks}
      pagination={false}
      data-testid="plan-tasks"
      rowClassName={(t) => ((t.pending?.inForce ?? t).status === 'cancelled' ? 'row-cancelled' : '')}
      {...readableTable<PlanTask>(
        [
          { title: '任务', key: 'name', width: 180, render: (_, t) => nameCell(t) },
          { title: '抽查事项', key: 'items', width: 280, render: (_, t) => cell(t, FIELDS.items) },
          { title: '部门', key: 'departments', width: 200, render: (_, t) => cell(t, FIELDS.departments) },
          { title: '比例', key: 'ratios', width: 200, render: (_, t) => cell(t, FIELDS.ratios) },
          { title: '期间', key: 'period', width: 190, render: (_, t) => cell(t, FIELDS.period) },
          { title: '方式', key: 'mode', width: 70, render: (_, t) => cell(t, FIELDS.mode) },
          { title: '状态', key: 'status', width: 110, render: (_, t) => cell(t, FIELDS.status) },
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_, t) =>
              props.editable(t) && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => props.onEdit(t)}>
                    修改
                  </Button>
                  <Button type="link" size="small" danger onClick={() => props.onCancel(t)}>
                    取消
                  </Button>
                </Space>
              ),
          },
        ],
        'name',
        180,
      )}
    />
  );
}
