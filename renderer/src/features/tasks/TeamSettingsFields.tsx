import { Col, Form, Input, InputNumber, Row } from 'antd';

export interface TeamSettings {
  teamSize: number;
  expertsPerTeam: number;
  expertise?: string;
  batchSize?: number;
}

export const teamSettingsOf = (v: TeamSettings) => ({
  teamSize: v.teamSize,
  expertsPerTeam: v.expertsPerTeam,
  expertise: v.expertise?.trim() || null,
  batchSize: v.batchSize ?? null,
});

export const TEAM_DEFAULTS: TeamSettings = { teamSize: 2, expertsPerTeam: 0 };

/** How teams are formed for a task, and whether the inspection order is drawn in batches. */
export function TeamSettingsFields() {
  return (
    <Row gutter={16}>
      <Col span={6}>
        <Form.Item name="teamSize" label="每组执法人员" rules={[{ required: true, message: '请填写人数' }]}>
          <InputNumber min={2} max={6} addonAfter="人" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="expertsPerTeam" label="每组专家">
          <InputNumber min={0} max={3} addonAfter="人" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="expertise" label="优先专长">
          <Input placeholder="如 食品" />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="batchSize" label="抽取检查批次" extra="重点事项比例高时填写每批户数">
          <InputNumber min={1} max={1000} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
