import { Alert, Col, DatePicker, Divider, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { useOfficeToday } from '../../components/OfficeDay';
import { useFormFill } from '../../components/useFormFill';
import { TaskFieldsForm, toTaskFields, type TaskFormValues } from './TaskFieldsForm';
import { FormModal } from '../../components/FormModal';

type PlanDetail = MethodOutput<'plans.get'>;
type PlanTask = PlanDetail['tasks'][number];
type Values = TaskFormValues & { reason?: string; filedOn?: Dayjs };

/** Adds or edits a planned task; once the plan is published the change is an adjustment with reason and 报备 date. */
export function PlanTaskModal(props: {
  plan: PlanDetail['plan'];
  task: PlanTask | 'new' | null;
  onClose: (saved: boolean) => void;
}) {
  const { plan, task } = props;
  const [form] = Form.useForm<Values>();
  const editing = task !== null && task !== 'new' ? task : null;
  const published = plan.status === 'published';
  const period = Form.useWatch<[Dayjs, Dayjs] | undefined>('period', form);
  const today = useOfficeToday();
  const { run, busy, error } = useSubmit(async ({ reason, filedOn, ...values }: Values) => {
    await call('plans.saveTask', {
      planId: plan.id,
      taskId: editing?.id,
      fields: toTaskFields(values),
      adjustment: published
        ? { reason: reason ?? '', filedOn: (filedOn ?? today.day).format('YYYY-MM-DD') }
        : undefined,
    });
    props.onClose(true);
  });
  // Built once per opening: a fresh object on every render would make the form refill itself forever.
  const initial = useMemo<Partial<Values>>(
    () =>
      editing
        ? {
            ...editing,
            scope: editing.scope,
            ratioMode: editing.ratios.mode,
            ...(editing.ratios.mode === 'all'
              ? { all: editing.ratios.all }
              : { A: editing.ratios.A, B: editing.ratios.B, C: editing.ratios.C, D: editing.ratios.D }),
            penalized: editing.ratios.penalized ?? null,
            targetFlags: editing.ratios.targetFlags ?? ['penalized3y'],
            period: [dayjs(editing.periodStart), dayjs(editing.periodEnd)],
            filedOn: today.day,
          }
        : {
            leadDepartmentId: plan.departmentId ?? 1,
            ratioMode: 'byClass',
            A: 1,
            B: 3,
            C: 5,
            D: 10,
            frequency: 1,
            mode: '现场',
            period: [dayjs(`${plan.year}-04-01`), dayjs(`${plan.year}-10-31`)],
            filedOn: today.day,
          },
    [editing, plan.departmentId, plan.year, today.day],
  );
  useFormFill(form, task !== null, initial);
  return (
    <FormModal
      title={editing ? `修改计划任务：${editing.name}` : '添加计划任务'}
      open={task !== null}
      width={860}
      form={form}
      onSubmit={run}
      onCancel={() => props.onClose(false)}
      confirmLoading={busy}
      okText={published ? '保存为计划调整' : '保存'}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'plan-task-save' }}
    >
      <Form<Values> form={form} layout="vertical" preserve={false}>
        <TaskFieldsForm asOf={period?.[0]?.format('YYYY-MM-DD') ?? `${plan.year}-01-01`} />
        {published && (
          <>
            <Divider plain>计划已发布：本次修改将作为计划调整记录，须写明原因并报备</Divider>
            <Row gutter={16}>
              <Col span={16}>
                <Form.Item name="reason" label="调整原因" rules={[{ required: true, message: '请写明调整原因' }]}>
                  <Input data-testid="adjust-reason" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="filedOn" label="报备日期" rules={[{ required: true, message: '请选择报备日期' }]}>
                  <DatePicker
                    style={{ width: '100%' }}
                    // A filing is recorded once made, and only a published plan is filed against (the core refuses both).
                    disabledDate={(d) =>
                      d.isAfter(today.day, 'day') ||
                      (plan.publishedOn !== null && d.isBefore(dayjs(plan.publishedOn), 'day'))
                    }
                  />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="plan-task-error" />}
    </FormModal>
  );
}
