import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Card, List, Progress, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';

type Step = MethodOutput<'home.setupChecklist'>['steps'][number];

/** Each step's name, what doing it means, and the page where it is done (paths of app/menu.tsx). */
const STEPS: Record<Step['key'], { title: string; todo: string; path: string }> = {
  departments: { title: '部门', todo: '核对成员部门，为参与抽查的部门创建账户', path: '/departments' },
  officerAccounts: {
    title: '账户关联执法人员',
    todo: '执法人员的账户在「用户管理 → 关联执法人员」中关联到执法人员库中的本人，才能录入结果',
    path: '/users',
  },
  items: { title: '抽查事项清单', todo: '新增或导入本单位的抽查事项', path: '/items' },
  subjects: { title: '检查对象名录', todo: '导入检查对象（Excel 模板）', path: '/subjects' },
  inspectors: { title: '执法检查人员', todo: '新增或导入执法人员及执法证', path: '/inspectors' },
  plan: { title: '年度抽查计划', todo: '制定并发布本年度的抽查计划', path: '/plans' },
  task: { title: '抽查任务', todo: '按计划创建抽查任务，再抽取名单', path: '/tasks' },
};

/**
 * 工作台 for a new office: the set-up steps in order, each with its state (from the core) and a link to its page.
 * Gone once every step is done; the lead office sees the county's steps, a department administrator the own.
 */
export function SetupChecklist() {
  const { data } = useCall('home.setupChecklist', {});
  const steps = data?.steps ?? [];
  const done = steps.filter((s) => s.done).length;
  if (steps.length === 0 || done === steps.length) return null;
  return (
    <Card
      title="开始使用：准备步骤"
      extra={
        <Space>
          <Typography.Text type="secondary">
            已完成 {done} / {steps.length}
          </Typography.Text>
          <Progress type="circle" size={28} percent={Math.round((done / steps.length) * 100)} showInfo={false} />
        </Space>
      }
      style={{ marginBottom: 16 }}
      data-testid="setup-checklist"
    >
      <List<Step>
        size="small"
        dataSource={steps}
        renderItem={(step, index) => {
          const { title, todo, path } = STEPS[step.key];
          return (
            <List.Item
              data-testid={`setup-step-${step.key}`}
              data-done={step.done}
              extra={<Link to={path}>{step.done ? '查看' : '去完成'}</Link>}
            >
              <List.Item.Meta
                avatar={
                  step.done ? (
                    <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18 }} aria-label="已完成" />
                  ) : (
                    <ClockCircleOutlined style={{ color: '#faad14', fontSize: 18 }} aria-label="未完成" />
                  )
                }
                title={
                  <Space size={8}>
                    <span>
                      {index + 1}. {title}
                    </span>
                    <Typography.Text type={step.done ? 'success' : 'warning'}>{step.detail}</Typography.Text>
                  </Space>
                }
                description={step.done ? undefined : todo}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
