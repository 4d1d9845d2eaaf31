import { Alert, Card, Col, Descriptions, Row, Typography } from 'antd';
import { ROLE_LABELS } from '../../../../electron/core/roles.shared';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { PageTitle } from '../../components/PageTitle';
import { trailFailureTitle, TrailProblems } from '../audit/trail-failure';
import { SetupChecklist } from './SetupChecklist';

/**
 * The landing screen: a new office's set-up steps until they are done, who is working, for which office, and — for
 * those who may see it — the trail's health.
 */
export function HomePage() {
  const { session, officeName, can } = useSession();
  const { user } = session;
  return (
    <>
      <PageTitle title="工作台" />
      <SetupChecklist />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title="当前用户">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="姓名">{user.displayName}</Descriptions.Item>
              <Descriptions.Item label="用户名">{user.username}</Descriptions.Item>
              <Descriptions.Item label="角色">{ROLE_LABELS[user.role]}</Descriptions.Item>
              <Descriptions.Item label="所属部门">{user.departmentName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="单位">{officeName}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {can('audit.verify') && <TrailHealth />}
        </Col>
      </Row>
    </>
  );
}

function TrailHealth() {
  const { data, error } = useCall('audit.verify', {});
  return (
    <Card title="审计日志">
      {error && <Alert type="error" message={error} />}
      {data?.ok === true && (
        <Alert
          type="success"
          showIcon
          message={`审计日志完整，共 ${data.count} 条记录`}
          description={
            <Typography.Text copyable code>
              {data.headHash}
            </Typography.Text>
          }
        />
      )}
      {data?.ok === false && (
        <Alert type="error" showIcon message={trailFailureTitle(data)} description={<TrailProblems report={data} />} />
      )}
    </Card>
  );
}
