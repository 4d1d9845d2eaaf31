import { Card, Col, Row, Table } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';

type Counts = MethodOutput<'todo.counts'>;

const overdueCell = (n: number) => (n > 0 ? <span style={{ color: '#cf1322', fontWeight: 500 }}>{n}</span> : n);
const soonCell = (n: number) => (n > 0 ? <span style={{ color: '#d48806' }}>{n}</span> : n);

/** Who the outstanding results belong to: each department, and each officer on the teams concerned. */
export function TodoBreakdown({ counts }: { counts: Counts }) {
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card title="各部门" size="small" style={{ marginBottom: 16 }}>
          <Table
            rowKey="departmentId"
            size="small"
            dataSource={counts.byDepartment}
            pagination={false}
            locale={{ emptyText: '各部门均无超期或即将到期的结果' }}
            data-testid="todo-by-department"
            columns={[
              { title: '部门', dataIndex: 'departmentName' },
              { title: '已超期', dataIndex: 'overdue', width: 90, align: 'right', render: overdueCell },
              { title: '3个工作日内到期', dataIndex: 'dueSoon', width: 140, align: 'right', render: soonCell },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title="各执法人员" size="small" style={{ marginBottom: 16 }}>
          <Table
            rowKey="inspectorId"
            size="small"
            dataSource={counts.byInspector}
            pagination={counts.byInspector.length > 10 ? { pageSize: 10, size: 'small' } : false}
            locale={{ emptyText: '没有执法人员名下有超期或即将到期的结果' }}
            data-testid="todo-by-inspector"
            columns={[
              { title: '姓名', dataIndex: 'name', width: 110 },
              { title: '部门', dataIndex: 'departmentName' },
              { title: '已超期', dataIndex: 'overdue', width: 90, align: 'right', render: overdueCell },
              { title: '3个工作日内到期', dataIndex: 'dueSoon', width: 140, align: 'right', render: soonCell },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
