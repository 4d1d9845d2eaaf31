import { Alert, App, Button, Form, Input, InputNumber, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { confinedDepartment } from '../../../../electron/core/auth/roles-scope.shared';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { useSession } from '../../app/session';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { useOfficeToday } from '../../components/OfficeDay';
import { FormModal } from '../../components/FormModal';

type Plan = MethodOutput<'plans.list'>[number];

/** 年度抽查计划: each department's plan and the county plan compiled from them, by year. */
export function PlansPage() {
  const { can, session } = useSession();
  const navigate = useNavigate();
  const today = useOfficeToday();
  const [year, setYear] = useState<number>(today.year);
  const list = useCall('plans.list', { year });
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle
        title="年度抽查计划"
        extra={
          can('plans.create') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="plan-add">
              新建计划
            </Button>
          )
        }
      />
      <Space style={{ marginBottom: 16 }}>
        <span>年度</span>
        <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} data-testid="plans-year" />
      </Space>
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<Plan>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data}
        pagination={false}
        data-testid="plans-table"
        // The whole row opens the plan, by mouse or by Enter on the focused row.
        onRow={(plan) => ({
          onClick: () => navigate(`/plans/${plan.id}`),
          onKeyDown: (e) => {
            if (e.key === 'Enter') navigate(`/plans/${plan.id}`);
          },
          tabIndex: 0,
          style: { cursor: 'pointer' },
          'aria-label': `打开计划：${plan.name}`,
        })}
        columns={[
          { title: '年度', dataIndex: 'year', width: 70 },
          {
            title: '计划',
            dataIndex: 'name',
            render: (name: string) => <Typography.Link>{name}</Typography.Link>,
          },
          { title: '部门', dataIndex: 'departmentName', width: 160 },
          { title: '任务数', dataIndex: 'taskCount', width: 80 },
          {
            title: '状态',
            key: 'status',
            width: 220,
            render: (_, p) =>
              p.status === 'draft' ? (
                <Tag>草稿</Tag>
              ) : (
                <Space size={4}>
                  <Tag color="green">已发布 第 {p.version} 版</Tag>
                  {p.pendingAdjustments > 0 && <Tag color="orange">{p.pendingAdjustments} 项调整待发布</Tag>}
                </Space>
              ),
          },
          { title: '发布日期', dataIndex: 'publishedOn', width: 110 },
        ]}
      />
      <NewPlanModal
        open={creating}
        year={year}
        ownDepartment={confinedDepartment(session.user)}
        onClose={(id) => {
          setCreating(false);
          if (id) navigate(`/plans/${id}`);
        }}
      />
    </>
  );
}

function NewPlanModal(props: {
  open: boolean;
  year: number;
  ownDepartment: number | null;
  onClose: (id?: number) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ year: number; level: 'county' | 'department'; departmentId?: number; name: string }>();
  const level = Form.useWatch('level', form);
  const { run, busy, error } = useSubmit(
    async (v: { year: number; level: string; departmentId?: number; name: string }) => {
      const { id } = await call('plans.create', {
        year: v.year,
        departmentId: v.level === 'county' ? null : (v.departmentId ?? null),
        name: v.name,
      });
      message.success('计划已创建，请添加抽查任务');
      props.onClose(id);
    },
  );
  return (
    <FormModal
      title="新建年度抽查计划"
      open={props.open}
      form={form}
      onSubmit={run}
      onCancel={() => props.onClose()}
      confirmLoading={busy}
      okText="创建"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'plan-create' }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          year: props.year,
          level: props.ownDepartment ? 'department' : 'county',
          departmentId: props.ownDepartment ?? undefined,
        }}
      >
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="level" label="计划层级">
          <Radio.Group disabled={props.ownDepartment !== null}>
            <Radio value="county">县级汇总计划</Radio>
            <Radio value="department">部门计划</Radio>
          </Radio.Group>
        </Form.Item>
        {level === 'department' && (
          <Form.Item name="departmentId" label="部门" rules={[{ required: true, message: '请选择部门' }]}>
            <DepartmentSelect disabled={props.ownDepartment !== null} data-testid="plan-department" />
          </Form.Item>
        )}
        <Form.Item name="name" label="计划名称" rules={[{ required: true, message: '请填写计划名称' }]}>
          <Input placeholder="如 2026 年部门联合“双随机、一公开”抽查工作计划" data-testid="plan-name" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
