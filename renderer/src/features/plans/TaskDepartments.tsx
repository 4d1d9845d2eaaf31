import { Space, Tag } from 'antd';

/** A task's departments, marked 联合 when several take part. */
export function TaskDepartments({ task }: { task: { joint: boolean; departmentNames: string[] } }) {
  return (
    <Space size={4} wrap>
      {task.joint && <Tag color="purple">联合</Tag>}
      {task.departmentNames.join('、')}
    </Space>
  );
}
