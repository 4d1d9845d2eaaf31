import { Col, Form, Input, Select } from 'antd';
import { SUBJECT_TYPES } from '../../../electron/core/subjects/vocabulary.shared';

/**
 * The subject scope of an item or a task, as a saved filter: empty boxes mean "any". Columns of a form's Row;
 * `industryTestId` names the industry box for the end-to-end tests.
 */
export function ScopeFields({ industryTestId }: { industryTestId: string }) {
  return (
    <>
      <Col span={5}>
        <Form.Item name={['scope', 'industryCode']} label="行业代码前缀">
          <Input placeholder="如 F52" data-testid={industryTestId} />
        </Form.Item>
      </Col>
      <Col span={5}>
        <Form.Item name={['scope', 'type']} label="对象类型">
          <Select allowClear options={SUBJECT_TYPES.map((t) => ({ value: t, label: t }))} />
        </Form.Item>
      </Col>
      <Col span={5}>
        <Form.Item name={['scope', 'licence']} label="许可类型">
          <Input placeholder="如 食品经营许可证" />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name={['scope', 'tag']} label="标签">
          <Input placeholder="如 食品" />
        </Form.Item>
      </Col>
      <Col span={5}>
        <Form.Item name={['scope', 'regionCode']} label="区划代码前缀">
          <Input placeholder="如 150222" />
        </Form.Item>
      </Col>
    </>
  );
}
