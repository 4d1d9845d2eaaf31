import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ratioOrderBreaks } from '../../../../electron/core/plans/ratio-order.shared';
import { INSPECTION_MODES } from '../../../../electron/core/plans/vocabulary.shared';
import {
  DEFAULT_TARGET_FLAGS,
  TARGET_FLAG_LABELS,
  TARGET_FLAGS,
  type TargetFlag,
} from '../../../../electron/core/subjects/target-flags.shared';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { ScopeFields } from '../../components/ScopeFields';
import { ItemPicker } from './ItemPicker';

/** The form's shape; `toTaskFields` turns it into the contract's task fields. */
export interface TaskFormValues {
  name: string;
  itemIds: number[];
  leadDepartmentId: number;
  departmentIds?: number[];
  scope?: { type?: string; industryCode?: string; tag?: string; licence?: string; regionCode?: string };
  ratioMode: 'all' | 'byClass';
  all?: number;
  A?: number;
  B?: number;
  C?: number;
  D?: number;
  /** The targeted (重点) stratum's ratio. Empty: targeted subjects are drawn with their class. */
  penalized?: number | null;
  /** Which flags make a subject targeted (any of them); the penalty flag alone by default. */
  targetFlags?: TargetFlag[];
  frequency: number;
  period: [Dayjs, Dayjs];
  mode: (typeof INSPECTION_MODES)[number];
  notes?: string;
  /** Why the class ratios fall as the risk rises; asked for only when they do. */
  ratioOrderReason?: string;
}

export function toTaskFields(v: TaskFormValues) {
  const scope = Object.fromEntries(
    Object.entries(v.scope ?? {}).filter(([, x]) => x !== undefined && x !== '' && x !== null),
  );
  return {
    name: v.name,
    itemIds: v.itemIds,
    leadDepartmentId: v.leadDepartmentId,
    departmentIds: v.departmentIds ?? [],
    scope,
    ratios: {
      ...(v.ratioMode === 'all'
        ? { mode: 'all' as const, all: v.all ?? 0 }
        : { mode: 'byClass' as const, A: v.A ?? 0, B: v.B ?? 0, C: v.C ?? 0, D: v.D ?? 0 }),
      ...(v.penalized === undefined || v.penalized === null
        ? {}
        : { penalized: v.penalized, targetFlags: v.targetFlags ?? [...DEFAULT_TARGET_FLAGS] }),
    },
    frequency: v.frequency,
    periodStart: v.period[0].format('YYYY-MM-DD'),
    periodEnd: v.period[1].format('YYYY-MM-DD'),
    mode: v.mode,
    notes: v.notes ?? '',
    ratioOrderReason: v.ratioOrderReason ?? '',
  };
}

/** toTaskFields reads the period; the ratio check does not need it. */
const PERIOD_UNUSED = [dayjs(), dayjs()] as [Dayjs, Dayjs];

const percent = (name: string, label: string, required = true) => (
  <Col span={6} key={name}>
    <Form.Item
      name={name}
      label={label}
      rules={[{ required, message: '请填写比例' }]}
      extra={required ? undefined : '不填则随其信用分类抽取'}
    >
      <InputNumber
        min={0}
        max={100}
        step={0.5}
        addonAfter="%"
        style={{ width: '100%' }}
        data-testid={`task-ratio-${name}`}
      />
    </Form.Item>
  </Col>
);

/**
 * The fields of a planned (or special) task, shared by the plan and the 专项检查 dialog. The period comes first: the
 * items offered are those listed and in force on its first day.
 */
export function TaskFieldsForm({ asOf }: { asOf: string }) {
  const ratioMode = Form.useWatch<'all' | 'byClass'>('ratioMode');
  const form = Form.useFormInstance<TaskFormValues>();
  const watched = Form.useWatch((v: TaskFormValues) => v, form);
  // Inverted class ratios are allowed only with a reason (recorded and printed on the plan): ask for it then.
  const breaks = watched?.ratioMode ? ratioOrderBreaks(toTaskFields({ ...watched, period: PERIOD_UNUSED }).ratios) : [];
  return (
    <Row gutter={16}>
      <Col span={10}>
        <Form.Item
          name="period"
          label="检查期间"
          rules={[{ required: true, message: '请选择检查期间' }]}
          extra="先定期间：可选的事项是期间第一天已生效且未废止的事项"
        >
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="task-period" />
        </Form.Item>
      </Col>
      <Col span={14}>
        <Form.Item name="name" label="任务名称" rules={[{ required: true, message: '请填写任务名称' }]}>
          <Input data-testid="task-name" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="itemIds"
          label="抽查事项（可选多个部门的事项组成联合任务）"
          rules={[{ required: true, message: '请至少选择一个抽查事项' }]}
        >
          <ItemPicker asOf={asOf} data-testid="task-items" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="leadDepartmentId"
          label="发起（牵头）部门"
          rules={[{ required: true, message: '请选择发起部门' }]}
        >
          <DepartmentSelect data-testid="task-lead" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="departmentIds" label="参与（配合）部门" extra="所选事项所属部门会自动加入">
          <DepartmentSelect mode="multiple" short data-testid="task-departments" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Typography.Text type="secondary">对象范围（不填即为事项适用的全部对象）：</Typography.Text>
      </Col>
      <ScopeFields industryTestId="task-scope-industry" />
      <Col span={24}>
        <Form.Item name="ratioMode" label="抽查比例">
          <Radio.Group>
            <Radio value="byClass">按信用风险分类（差异化抽查）</Radio>
            <Radio value="all">统一比例</Radio>
          </Radio.Group>
        </Form.Item>
      </Col>
      {ratioMode === 'all'
        ? percent('all', '比例')
        : [
            percent('A', 'A 类（低风险）'),
            percent('B', 'B 类（一般风险）'),
            percent('C', 'C 类（较高风险）'),
            percent('D', 'D 类（高风险）'),
          ]}
      {percent('penalized', '重点对象（单列）', false)}
      <Col span={18}>
        <Form.Item
          name="targetFlags"
          label="重点对象：带有下列任一标记的对象"
          initialValue={[...DEFAULT_TARGET_FLAGS]}
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一种标记' }]}
          extra="填写了重点对象比例时，带有所选任一标记的 A–C 类对象单列抽取（D 类仍随 D 类抽取）；所选标记印在计划上并记入抽取记录"
        >
          <Checkbox.Group
            options={TARGET_FLAGS.map((f) => ({ value: f, label: TARGET_FLAG_LABELS[f] }))}
            data-testid="task-target-flags"
          />
        </Form.Item>
      </Col>
      {breaks.length > 0 && (
        <Col span={24}>
          <Form.Item
            name="ratioOrderReason"
            label="比例倒挂说明"
            rules={[{ required: true, whitespace: true, message: '比例未随风险升高，请写明原因' }]}
            extra={`抽查比例应随风险升高而不降低，而${breaks.join('；')}。写明原因后可保存，原因将印在计划上。`}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="task-ratio-order-reason" />
          </Form.Item>
        </Col>
      )}
      <Col span={6}>
        <Form.Item name="frequency" label="频次（次/年）" rules={[{ required: true, message: '请填写频次' }]}>
          <InputNumber min={1} max={12} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="mode" label="检查方式" rules={[{ required: true, message: '请选择检查方式' }]}>
          <Select options={INSPECTION_MODES.map((m) => ({ value: m, label: m }))} data-testid="task-mode" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label="备注">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Col>
    </Row>
  );
}
