import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { readableTable } from '../../components/readableTable';

type Row = MethodOutput<'todo.list'>[number];

const STATUS: Record<Row['status'], { label: string; color: string }> = {
  entered: { label: '已录入', color: 'blue' },
  returned: { label: '退回修改', color: 'orange' },
  approved: { label: '已审核', color: 'green' },
};

/** The results behind one of the headline counts; a row leads to the task's result sheet, where it is dealt with. */
export function TodoResultsTable({ kind }: { kind: Row['flag'] }) {
  const list = useCall('todo.list', { kind, limit: 500 });
  return (
    <>
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<Row>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条${n >= 500 ? '（仅列出最早到期的 500 条）' : ''}` }}
        locale={{ emptyText: kind === 'overdue' ? '没有超期未公示的结果' : '没有 3 个工作日内到期的结果' }}
        data-testid={`todo-list-${kind}`}
        {...readableTable<Row>(
          [
            {
              title: '任务',
              dataIndex: 'taskName',
              render: (name: string, r) => <Link to={`/results?task=${r.taskId}`}>{name}</Link>,
            },
            { title: '检查对象', dataIndex: 'subjectName' },
            { title: '统一社会信用代码', dataIndex: 'uscc', width: 175, render: (u: string | null) => u ?? '—' },
            { title: '抽查事项', dataIndex: 'itemName' },
            { title: '部门', dataIndex: 'departmentName', width: 100 },
            { title: '结果形成日期', dataIndex: 'resultDate', width: 115 },
            {
              title: '公示期限',
              dataIndex: 'publishDue',
              width: 105,
              render: (due: string) => (
                <span style={{ color: kind === 'overdue' ? '#cf1322' : '#d48806', fontWeight: 500 }}>{due}</span>
              ),
            },
            {
              title: '状态',
              dataIndex: 'status',
              width: 90,
              render: (s: Row['status']) => <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag>,
            },
          ],
          'subjectName',
        )}
      />
    </>
  );
}
