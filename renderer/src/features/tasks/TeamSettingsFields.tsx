import { Col, Form, Input, InputNumber, Row } from 'antd';
import {
  BATCH_SIZE,
  EXPERTISE_MAX_LENGTH,
  EXPERTS_PER_TEAM,
  TEAM_SIZE,
} from '../../../../electron/core/tasks/team-settings.shared';

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

export const TEAM_DEFAULTS: TeamSettings = { teamSize: TEAM_SIZE.default, expertsPerTeam: EXPERTS_PER_TEAM.default };

/** How teams are formed for a task, and whether the inspection order is drawn in batches. */
export function TeamSettingsFields() {
  return (
    <Row gutter={16}>
      <Col span={6}>
        <Form.Item name="teamSize" label="每组执法人员" rules={[{ required: true, message: '请填写人数' }]}>
          <InputNumber min={TEAM_SIZE.min} max={TEAM_SIZE.max} addonAfter="人" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="expertsPerTeam" label="每组专家">
          <InputNumber
            min={EXPERTS_PER_TEAM.min}
            max={EXPERTS_PER_TEAM.max}
            addonAfter="人"
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="expertise" label="优先专长">
          <Input placeholder="如 食品" maxLength={EXPERTISE_MAX_LENGTH} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="batchSize" label="抽取检查批次" extra="重点事项比例高时填写每批户数">
          <InputNumber min={BATCH_SIZE.min} max={BATCH_SIZE.max} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
