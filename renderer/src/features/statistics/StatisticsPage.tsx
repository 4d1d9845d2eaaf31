import { Button, Col, DatePicker, Form, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { StatsChart } from '../../../../electron/core/stats/contract';
import { useCall } from '../../api/useCall';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { ChartCard } from './ChartCard';
import { CHARTS } from './charts';
import { useOfficeToday } from '../../components/OfficeDay';

const ORDER = Object.keys(CHARTS) as StatsChart[];

const SCOPE_NOTE =
  '检查结果按形成日期计入年度；事项覆盖率、按期公示率和部门联合抽查与“半年/年度工作汇总”的全年数字相同；' +
  '超期未公示按今天计算；风险分类按抽取时的分类，与名录库中存续的检查对象比较。';

/**
 * 统计分析: a year of the county's (or one department's) work in six charts. Coverage, on-time publication and the
 * joint tasks are the year's 工作汇总 figures themselves, so the screen and the summary never disagree.
 */
export function StatisticsPage() {
  const today = useOfficeToday();
  const [year, setYear] = useState<Dayjs>(today.day);
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const dashboard = useCall('stats.dashboard', { year: year.year(), departmentId });
  // While another year or department loads, the cards keep showing nothing rather than the previous figures.
  const figures = dashboard.loading ? undefined : dashboard.data;
  return (
    <>
      <PageTitle
        title="统计分析"
        extra={
          <Button onClick={dashboard.reload} loading={dashboard.loading}>
            刷新
          </Button>
        }
      />
      <Form layout="inline" style={{ marginBottom: 8 }}>
        <Form.Item label="年度">
          <DatePicker
            picker="year"
            value={year}
            onChange={(y) => y && setYear(y)}
            allowClear={false}
            disabledDate={(d) => d.isAfter(today.day, 'year')}
            data-testid="stats-year"
          />
        </Form.Item>
        <Form.Item label="范围">
          <DepartmentSelect
            short
            allowClear
            placeholder="全县（所有部门）"
            style={{ width: 200 }}
            value={departmentId}
            onChange={setDepartmentId}
            data-testid="stats-department"
          />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
        {SCOPE_NOTE}
      </Typography.Paragraph>
      <LoadError error={dashboard.error} onRetry={dashboard.reload} />
      <Row gutter={[16, 16]}>
        {ORDER.map((chart) => (
          <Col key={chart} xs={24} xl={12}>
            <ChartCard chart={chart} figures={figures} />
          </Col>
        ))}
      </Row>
    </>
  );
}
