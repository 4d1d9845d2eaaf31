import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';

type Owed = MethodOutput<'todo.counts'>['reportsOwed'][number];

/** 报送: reports due within the 待办 window, or past their due date and not submitted (see 报送情况). */
export function OwedReportsTable({ reports }: { reports: Owed[] }) {
  return (
    <Table<Owed>
      rowKey={(r) => `${r.kind}-${r.period}-${r.departmentId}`}
      size="small"
      dataSource={reports}
      pagination={reports.length > 10 ? { pageSize: 10 } : false}
      data-testid="todo-reports-owed"
      columns={[
        { title: '部门', dataIndex: 'departmentName' },
        {
          title: '报表',
          dataIndex: 'label',
          render: (label: string) => <Link to="/reports/submissions">{label}</Link>,
        },
        { title: '报送截止', dataIndex: 'dueOn', width: 120 },
        {
          title: '情况',
          dataIndex: 'state',
          width: 110,
          render: (s: Owed['state']) =>
            s === 'missing' ? <Tag color="red">逾期未报</Tag> : <Tag color="orange">即将到期</Tag>,
        },
      ]}
    />
  );
}
