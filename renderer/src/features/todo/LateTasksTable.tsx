import { Table } from 'antd';
import { Link } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';

type Late = MethodOutput<'todo.counts'>['tasksLate'][number];

/** Locked tasks whose entry deadline (end of the period + N working days) has passed with results still missing. */
export function LateTasksTable({ tasks }: { tasks: Late[] }) {
  return (
    <Table<Late>
      rowKey="taskId"
      size="small"
      dataSource={tasks}
      pagination={tasks.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: '没有录入超期的任务' }}
      data-testid="todo-late-tasks"
      columns={[
        {
          title: '任务',
          dataIndex: 'name',
          render: (name: string, t) => <Link to={`/results?task=${t.taskId}`}>{name}</Link>,
        },
        { title: '发起部门', dataIndex: 'leadDepartment', width: 200 },
        { title: '结束日期', dataIndex: 'periodEnd', width: 120 },
        {
          title: '录入期限',
          dataIndex: 'entryDue',
          width: 120,
          render: (d: string) => <span style={{ color: '#cf1322' }}>{d}</span>,
        },
        { title: '未录入条数', dataIndex: 'missing', width: 110, align: 'right' },
      ]}
    />
  );
}
