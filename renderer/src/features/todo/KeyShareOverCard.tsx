import { Button, Card, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';

type Over = MethodOutput<'todo.counts'>['keyShareOver'][number];

/**
 * 严格控制重点检查事项数量: the departments whose item list in force today is above the office's maximum share of key
 * items (the core's keyShareOf says who and why); a department sees only its own, the county office every one.
 */
export function KeyShareOverCard({ departments }: { departments: Over[] }) {
  if (departments.length === 0) return null;
  return (
    <Card
      title="重点检查事项占比超过上限的部门"
      size="small"
      style={{ marginTop: 16 }}
      extra={
        <Link to="/items">
          <Button size="small">打开抽查事项清单</Button>
        </Link>
      }
      data-testid="todo-key-share"
    >
      <List
        size="small"
        dataSource={departments}
        renderItem={(d) => (
          <List.Item key={d.departmentId}>
            <Typography.Text type="danger">{d.message}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
