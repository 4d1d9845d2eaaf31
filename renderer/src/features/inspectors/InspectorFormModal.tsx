import { Alert, Checkbox, Col, Form, Input, Row, Select } from 'antd';
import type { InspectorFields, InspectorView } from '../../../../electron/core/inspectors/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { useFormFill } from '../../components/useFormFill';
import { FormModal } from '../../components/FormModal';

const split = (text: string): string[] => (text ? text.split('、') : []);

export function InspectorFormModal({
  inspector,
  onClose,
}: {
  inspector: InspectorView | 'new' | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<InspectorFields>();
  const editing = inspector !== null && inspector !== 'new' ? inspector : null;
  const { run, busy, error } = useSubmit(async (values: InspectorFields) => {
    if (editing) await call('inspectors.update', { ...values, id: editing.id });
    else await call('inspectors.create', values);
    onClose(true);
  });
  const initial = editing
    ? {
        ...editing,
        certNo: editing.certNo ?? '',
        certValidFrom: editing.certValidFrom ?? '',
        certValidTo: editing.certValidTo ?? '',
        qualifications: split(editing.qualifications),
        expertise: split(editing.expertise),
      }
    : { active: true };
  useFormFill(form, inspector !== null, initial);
  return (
    <FormModal
      title={editing ? `修改执法人员：${editing.name}` : '新增执法人员'}
      open={inspector !== null}
      width={720}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="保存"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'inspector-form-save' }}
    >
      <Form<InspectorFields> form={form} layout="vertical" preserve={false}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
              <Input data-testid="inspector-form-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="departmentId" label="所属部门" rules={[{ required: true, message: '请选择部门' }]}>
              <DepartmentSelect data-testid="inspector-form-department" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="certNo" label="执法证号">
              <Input data-testid="inspector-form-cert" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="certValidFrom" label="有效期起" extra="如 2024-01-01">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="certValidTo" label="有效期至" extra="过期的人员不参与抽取">
              <Input data-testid="inspector-form-valid-to" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="position" label="职务">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label="联系电话">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="regionCode" label="所在区域" extra="6 位区县、9 位乡镇街道或 12 位村社区代码">
              <Input maxLength={6} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="qualifications" label="资格">
              <Select mode="tags" tokenSeparators={[';', '；', '、']} placeholder="输入后回车" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="expertise" label="专业特长">
              <Select mode="tags" tokenSeparators={[';', '；', '、']} placeholder="如 食品、特种设备" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="active" valuePropName="checked">
              <Checkbox>在岗（不在岗的人员不参与抽取）</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
