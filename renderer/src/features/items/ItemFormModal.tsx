import { Alert, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MethodOutput } from '../../../../electron/core/contract';
import type { ItemFields } from '../../../../electron/core/items/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { ScopeFields } from '../../components/ScopeFields';
import { useFormFill } from '../../components/useFormFill';
import { useOfficeToday } from '../../components/OfficeDay';
import { FormModal } from '../../components/FormModal';

type Item = MethodOutput<'items.list'>[number];
type FormValues = ItemFields & { effectiveFrom: Dayjs; reason?: string };
const METHODS = ['实地核查', '书面检查', '网络监测', '委托第三方'] as const;
const CLASS_CAPS = [
  ['ratioCapA', 'A 类上限'],
  ['ratioCapB', 'B 类上限'],
  ['ratioCapC', 'C 类上限'],
  ['ratioCapD', 'D 类上限'],
] as const;
const CLASS_FREQUENCIES = [
  ['frequencyCapA', 'A 类频次'],
  ['frequencyCapB', 'B 类频次'],
  ['frequencyCapC', 'C 类频次'],
  ['frequencyCapD', 'D 类频次'],
] as const;

/** New item, or a revision: a revision is a new version with its effective date and reason; nothing is overwritten. */
export function ItemFormModal({ item, onClose }: { item: Item | 'new' | null; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<FormValues>();
  const today = useOfficeToday();
  const revising = item !== null && item !== 'new' ? item : null;
  const category = Form.useWatch('category', form);
  const { run, busy, error } = useSubmit(async ({ effectiveFrom, reason, ...values }: FormValues) => {
    const date = effectiveFrom.format('YYYY-MM-DD');
    // Empty boxes mean "any": they are left out of the saved filter rather than saved as empty text.
    const scope = Object.fromEntries(
      Object.entries(values.scope ?? {}).filter(([, v]) => v !== undefined && v !== '' && v !== null),
    );
    const fields = {
      ...values,
      scope,
      ratioCap: values.ratioCap ?? null,
      frequencyCap: values.frequencyCap ?? null,
      ratioCapA: values.ratioCapA ?? null,
      ratioCapB: values.ratioCapB ?? null,
      ratioCapC: values.ratioCapC ?? null,
      ratioCapD: values.ratioCapD ?? null,
      frequencyCapA: values.frequencyCapA ?? null,
      frequencyCapB: values.frequencyCapB ?? null,
      frequencyCapC: values.frequencyCapC ?? null,
      frequencyCapD: values.frequencyCapD ?? null,
    };
    if (revising) await call('items.revise', { ...fields, id: revising.id, effectiveFrom: date, reason: reason ?? '' });
    else await call('items.create', { ...fields, effectiveFrom: date });
    onClose(true);
  });
  const initial: Partial<FormValues> = revising
    ? {
        ...revising,
        methods: revising.methods.split('、') as FormValues['methods'],
        scope: JSON.parse(revising.scope) as FormValues['scope'],
        effectiveFrom: today.day,
      }
    : { category: 'general', methods: ['实地核查'], effectiveFrom: today.day };
  useFormFill(form, item !== null, initial);
  return (
    <FormModal
      title={revising ? `修订事项：${revising.code}` : '新增抽查事项'}
      open={item !== null}
      width={760}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText={revising ? '保存为新版本' : '保存'}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'item-form-save' }}
    >
      <Form<FormValues> form={form} layout="vertical" preserve={false}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="code" label="事项编码" rules={[{ required: true, message: '请输入事项编码' }]}>
              <Input disabled={!!revising} data-testid="item-form-code" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="departmentId" label="抽查主体" rules={[{ required: true, message: '请选择部门' }]}>
              <DepartmentSelect disabled={!!revising} data-testid="item-form-department" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="name" label="事项名称" rules={[{ required: true, message: '请输入事项名称' }]}>
              <Input data-testid="item-form-name" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="basis" label="抽查依据" rules={[{ required: true, message: '请填写抽查依据' }]}>
              <Input.TextArea rows={2} data-testid="item-form-basis" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="content" label="抽查内容">
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="objectType" label="检查对象类型">
              <Input placeholder="如 食品经营者" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="methods" label="抽查方式" rules={[{ required: true, message: '请至少选择一种' }]}>
              <Select mode="multiple" options={METHODS.map((m) => ({ value: m, label: m }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="category" label="事项类别">
              <Radio.Group>
                <Radio value="key">重点</Radio>
                <Radio value="general">一般</Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          {category === 'general' && (
            <>
              <Col span={8}>
                <Form.Item
                  name="ratioCap"
                  label="抽查比例上限（%）"
                  rules={[{ required: true, message: '一般事项须设比例上限' }]}
                >
                  <InputNumber min={0.1} max={100} style={{ width: '100%' }} data-testid="item-form-ratio" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name="frequencyCap"
                  label="年度频次上限"
                  rules={[{ required: true, message: '一般事项须设频次上限' }]}
                >
                  <InputNumber min={1} max={12} style={{ width: '100%' }} data-testid="item-form-frequency" />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Typography.Text type="secondary">
                  比例上限约束每个信用风险类别；某类需要不同上限时在此单设（选填，留空即按上面的比例上限）：
                </Typography.Text>
              </Col>
              {CLASS_CAPS.map(([name, label]) => (
                <Col span={6} key={name}>
                  <Form.Item name={name} label={label}>
                    <InputNumber
                      min={0.1}
                      max={100}
                      addonAfter="%"
                      style={{ width: '100%' }}
                      data-testid={`item-form-${name}`}
                    />
                  </Form.Item>
                </Col>
              ))}
              <Col span={24}>
                <Typography.Text type="secondary">
                  频次上限同样约束每个类别；某类需要不同的年度频次时在此单设（选填，留空即按上面的频次上限）：
                </Typography.Text>
              </Col>
              {CLASS_FREQUENCIES.map(([name, label]) => (
                <Col span={6} key={name}>
                  <Form.Item name={name} label={label}>
                    <InputNumber
                      min={1}
                      max={12}
                      precision={0}
                      addonAfter="次"
                      style={{ width: '100%' }}
                      data-testid={`item-form-${name}`}
                    />
                  </Form.Item>
                </Col>
              ))}
            </>
          )}
          <Col span={24}>
            <Typography.Text type="secondary">
              适用对象（事项与检查对象的对应关系，“谁审批、谁监管，谁主管、谁监管”）：
            </Typography.Text>
          </Col>
          <ScopeFields industryTestId="item-form-scope-industry" />
          <Col span={8}>
            <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
              <DatePicker style={{ width: '100%' }} data-testid="item-form-effective-from" />
            </Form.Item>
          </Col>
          {revising && (
            <Col span={16}>
              <Form.Item
                name="reason"
                label="修订原因（立改废释）"
                rules={[{ required: true, message: '请写明修订原因' }]}
              >
                <Input data-testid="item-form-reason" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
