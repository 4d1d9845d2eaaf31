import { Alert, Checkbox, Col, Form, Input, Row, Select } from 'antd';
import type { SubjectFields, SubjectRowView } from '../../../../electron/core/subjects/schemas';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { useFormFill } from '../../components/useFormFill';
import { REG_STATUSES, RISK_LABELS, SUBJECT_TYPES } from '../../../../electron/core/subjects/vocabulary.shared';
import { FormModal } from '../../components/FormModal';

const splitList = (text: string): string[] => (text ? text.split('、') : []);

function fieldsOf(subject: SubjectRowView): Partial<SubjectFields> {
  return {
    ...subject,
    uscc: subject.uscc ?? '',
    establishedOn: subject.establishedOn ?? '',
    licences: splitList(subject.licences),
    tags: splitList(subject.tags),
    departmentIds: subject.departmentIds ? subject.departmentIds.split(',').map(Number) : [],
  };
}

/** Creates or edits a subject; the core normalises and validates exactly as for an imported row. */
export function SubjectFormModal({
  subject,
  onClose,
}: {
  subject: SubjectRowView | 'new' | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<SubjectFields>();
  const editing = subject !== null && subject !== 'new' ? subject : null;
  const { run, busy, error } = useSubmit(async (values: SubjectFields) => {
    if (editing) await call('subjects.update', { ...values, id: editing.id });
    else await call('subjects.create', values);
    onClose(true);
  });

  const text = (name: keyof SubjectFields, label: string, extra?: string, span = 12) => (
    <Col span={span}>
      <Form.Item name={name} label={label} extra={extra}>
        <Input data-testid={`subject-form-${name}`} />
      </Form.Item>
    </Col>
  );

  useFormFill(
    form,
    subject !== null,
    editing ? fieldsOf(editing) : { type: '企业', riskClass: 'B', regStatus: '存续' },
  );
  return (
    <FormModal
      title={editing ? `修改检查对象：${editing.name}` : '新增检查对象'}
      open={subject !== null}
      width={820}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="保存"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'subject-form-save' }}
    >
      <Form<SubjectFields> form={form} layout="vertical" preserve={false}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="type" label="对象类型">
              <Select options={SUBJECT_TYPES.map((t) => ({ value: t, label: t }))} />
            </Form.Item>
          </Col>
          {text('uscc', '统一社会信用代码', '企业、个体工商户、合作社必填', 16)}
          <Col span={24}>
            <Form.Item name="name" label="名称" rules={[{ required: true, message: '请输入名称' }]}>
              <Input data-testid="subject-form-name" />
            </Form.Item>
          </Col>
          {text('legalRep', '法定代表人/经营者')}
          {text('establishedOn', '成立日期', '如 2015-03-02')}
          {text('address', '住所/经营场所', undefined, 24)}
          {text('regionCode', '行政区划代码', '不填则取信用代码第 3–8 位')}
          {text('industryCode', '行业代码', 'GB/T 4754，如 F5211')}
          <Col span={8}>
            <Form.Item name="riskClass" label="信用风险分类">
              <Select
                options={Object.entries(RISK_LABELS).map(([value, label]) => ({ value, label }))}
                data-testid="subject-form-risk"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="regStatus" label="登记状态">
              <Select options={REG_STATUSES.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="departmentIds" label="监管部门">
              <DepartmentSelect short mode="multiple" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="tags" label="标签">
              <Select mode="tags" tokenSeparators={[';', '；', '、', ',']} placeholder="输入后回车" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="licences" label="许可类型">
              <Select mode="tags" tokenSeparators={[';', '；', '、', ',']} placeholder="输入后回车" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="abnormal" valuePropName="checked">
              <Checkbox>列入经营异常名录</Checkbox>
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="seriousIllegal" valuePropName="checked">
              <Checkbox>严重违法失信</Checkbox>
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="penalized3y" valuePropName="checked">
              <Checkbox>近三年受过行政处罚</Checkbox>
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="complaintVerified" valuePropName="checked">
              <Checkbox data-testid="subject-complaint-verified">投诉举报经核实</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="subject-form-error" />}
    </FormModal>
  );
}
