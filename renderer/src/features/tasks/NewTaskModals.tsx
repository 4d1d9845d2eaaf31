import { Alert, Divider, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { TaskFieldsForm, toTaskFields, type TaskFormValues } from '../plans/TaskFieldsForm';
import { TEAM_DEFAULTS, TeamSettingsFields, teamSettingsOf, type TeamSettings } from './TeamSettingsFields';
import { useOfficeToday } from '../../components/OfficeDay';
import { FormModal } from '../../components/FormModal';

/** A task from a published plan: the planned task's settings are copied, so later plan adjustments never move it. */
export function FromPlanModal({ open, onClose }: { open: boolean; onClose: (id?: number) => void }) {
  const [form] = Form.useForm<TeamSettings & { planTaskId: number }>();
  const [planId, setPlanId] = useState<number>();
  const plans = useCall('plans.list', {});
  const detail = useCall('plans.get', { id: planId ?? 0 }, planId !== undefined);
  // A planned task has one live task: the others are offered greyed out, saying which task holds it.
  const existing = useCall('tasks.list', {}, open);
  const liveTaskOf = new Map(
    (existing.data ?? []).filter((t) => t.planTaskId !== null && !t.cancelled).map((t) => [t.planTaskId, t]),
  );
  const { run, busy, error } = useSubmit(async (v: TeamSettings & { planTaskId: number }) => {
    const { id } = await call('tasks.createFromPlan', { planTaskId: v.planTaskId, ...teamSettingsOf(v) });
    onClose(id);
  });
  const published = (plans.data ?? []).filter((p) => p.status === 'published');
  return (
    <FormModal
      title="按年度计划创建抽查任务"
      open={open}
      width={760}
      form={form}
      onSubmit={run}
      onCancel={() => onClose()}
      confirmLoading={busy}
      okText="创建任务"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'from-plan-create' }}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={TEAM_DEFAULTS}>
        <Form.Item label="已发布的计划" required>
          <Select
            value={planId}
            onChange={(v) => {
              setPlanId(v);
              form.setFieldValue('planTaskId', undefined);
            }}
            options={published.map((p) => ({ value: p.id, label: `${p.year} ${p.name}（第 ${p.version} 版）` }))}
            placeholder="选择计划"
            data-testid="from-plan-plan"
          />
        </Form.Item>
        <Form.Item name="planTaskId" label="计划任务" rules={[{ required: true, message: '请选择计划任务' }]}>
          <Select
            disabled={!planId}
            options={(planId ? (detail.data?.tasks ?? []) : [])
              .filter((t) => t.status === 'active')
              .map((t) => {
                const live = liveTaskOf.get(t.id);
                return {
                  value: t.id,
                  disabled: live !== undefined,
                  label: live
                    ? `${t.name}：已有任务（编号 ${live.id}），须先在该任务页面作废后才能重建`
                    : `${t.name}（${t.periodStart} 至 ${t.periodEnd}）`,
                };
              })}
            data-testid="from-plan-task"
          />
        </Form.Item>
        <TeamSettingsFields />
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}

type SpecialValues = TaskFormValues & TeamSettings & { reason: string };

/** 专项检查: a task outside the plan, with its own reason, drawn at the ratio set for it. */
export function SpecialTaskModal({ open, onClose }: { open: boolean; onClose: (id?: number) => void }) {
  const [form] = Form.useForm<SpecialValues>();
  const today = useOfficeToday();
  const period = Form.useWatch<[Dayjs, Dayjs] | undefined>('period', form);
  const { run, busy, error } = useSubmit(async ({ reason, ...v }: SpecialValues) => {
    const { id } = await call('tasks.createSpecial', { fields: toTaskFields(v), reason, ...teamSettingsOf(v) });
    onClose(id);
  });
  return (
    <FormModal
      title="创建专项检查任务"
      open={open}
      width={860}
      form={form}
      onSubmit={run}
      onCancel={() => onClose()}
      confirmLoading={busy}
      okText="创建任务"
      destroyOnHidden
    >
      <Form<SpecialValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          ...TEAM_DEFAULTS,
          leadDepartmentId: 1,
          ratioMode: 'all',
          all: 5,
          frequency: 1,
          mode: '现场',
          period: [today.day, today.day.add(1, 'month')],
        }}
      >
        <Form.Item name="reason" label="开展原因" rules={[{ required: true, message: '请写明专项检查的原因' }]}>
          <Input placeholder="如 投诉集中反映的问题" />
        </Form.Item>
        <TaskFieldsForm asOf={period?.[0]?.format('YYYY-MM-DD') ?? today.date} />
        <Divider plain>检查组</Divider>
        <TeamSettingsFields />
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
