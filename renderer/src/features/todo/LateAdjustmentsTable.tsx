import { Table } from 'antd';
import { Link } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';

type Late = MethodOutput<'todo.counts'>['adjustmentsLate'][number];

/** Filed (报备) plan adjustments still unpublished 5 working days after their filing (SH). */
export function LateAdjustmentsTable({ adjustments }: { adjustments: Late[] }) {
  return (
    <Table<Late>
      rowKey={(a) => `${a.planId}-${a.taskName}-${a.filedOn}`}
      size="small"
      dataSource={adjustments}
      pagination={adjustments.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: '没有超期未发布的计划调整' }}
      data-testid="todo-late-adjustments"
      columns={[
        {
          title: '计划',
          dataIndex: 'planName',
          render: (name: string, a) => <Link to={`/plans/${a.planId}`}>{name}</Link>,
        },
        { title: '调整的任务', dataIndex: 'taskName' },
        { title: '报备日期', dataIndex: 'filedOn', width: 120 },
        {
          title: '应发布日期',
          dataIndex: 'publishBy',
          width: 120,
          render: (d: string | null) => <span style={{ color: '#cf1322' }}>{d ?? '—'}</span>,
        },
      ]}
    />
  );
}
