import { Alert, Button, Card, Col, Row, Statistic, Tabs, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { KeyShareOverCard } from './KeyShareOverCard';
import { LateAdjustmentsTable } from './LateAdjustmentsTable';
import { OwedReportsTable } from './OwedReportsTable';
import { LateTasksTable } from './LateTasksTable';
import { TodoBreakdown } from './TodoBreakdown';
import { TodoResultsTable } from './TodoResultsTable';

/**
 * 待办/超期: results not yet published whose deadline has passed or falls within 3 working days, for the caller's
 * share of the county (all of it, a department, or the teams a linked officer is on), and tasks late with entry.
 */
export function TodoPage() {
  const { can } = useSession();
  const counts = useCall('todo.counts', {});
  const c = counts.data;
  return (
    <>
      <PageTitle
        title="待办/超期"
        extra={
          <Button onClick={counts.reload} loading={counts.loading}>
            刷新
          </Button>
        }
      />
      <LoadError error={counts.error} onRetry={counts.reload} />
      {c?.calendarWarning && (
        // Deadlines past the calendar's last year are not guessed: the core says which year to add, and the counts
        // below stop at the last covered day.
        <Alert
          type="warning"
          showIcon
          message="工作日历需要更新"
          description={c.calendarWarning}
          action={
            can('calendar.years') && (
              <Link to="/calendar">
                <Button size="small">打开工作日历</Button>
              </Link>
            )
          }
          style={{ marginBottom: 16 }}
          data-testid="todo-warning"
        />
      )}
      {c && (
        <>
          <Typography.Paragraph type="secondary">
            今天是 {c.today}；“3个工作日内到期”指公示期限在 {c.today} 至 {c.soon} 之间
            {c.calendarWarning ? '（日历只覆盖到此日）' : ''}。期限按工作日历计算。
          </Typography.Paragraph>
          <Row gutter={16} style={{ marginBottom: 16 }} data-testid="todo-counts">
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic
                  title="已超期"
                  value={c.overdue}
                  suffix="条"
                  valueStyle={{ color: c.overdue ? '#cf1322' : undefined }}
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic
                  title="3个工作日内到期"
                  value={c.dueSoon}
                  suffix="条"
                  valueStyle={{ color: c.dueSoon ? '#d48806' : undefined }}
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic
                  title="录入超期的任务"
                  value={c.tasksLate.length}
                  suffix="项"
                  valueStyle={{ color: c.tasksLate.length ? '#cf1322' : undefined }}
                />
              </Card>
            </Col>
          </Row>
          <TodoBreakdown counts={c} />
          <Card title="待公示的结果" size="small" style={{ marginBottom: 16 }}>
            <Tabs
              items={[
                {
                  key: 'overdue',
                  label: `已超期（${c.overdue}）`,
                  children: <TodoResultsTable kind="overdue" />,
                },
                {
                  key: 'dueSoon',
                  label: `3个工作日内到期（${c.dueSoon}）`,
                  children: <TodoResultsTable kind="dueSoon" />,
                },
              ]}
            />
          </Card>
          <Card title="录入超期的任务" size="small">
            <LateTasksTable tasks={c.tasksLate} />
          </Card>
          {c.reportsOwed.length > 0 && (
            <Card title="待报送的报表" size="small" style={{ marginTop: 16 }}>
              <OwedReportsTable reports={c.reportsOwed} />
            </Card>
          )}
          {c.adjustmentsLate.length > 0 && (
            <Card title="报备后 5 个工作日内未发布的计划调整" size="small" style={{ marginTop: 16 }}>
              <LateAdjustmentsTable adjustments={c.adjustmentsLate} />
            </Card>
          )}
          <KeyShareOverCard departments={c.keyShareOver} />
        </>
      )}
    </>
  );
}
