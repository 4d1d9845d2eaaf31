import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { CalendarDaysTable } from './CalendarDaysTable';
import { CalendarImportButton } from './CalendarImportButton';
import { CalendarYearsTable } from './CalendarYearsTable';
import { NewYearDialog } from './NewYearDialog';
import { SetDayForm } from './SetDayForm';
import { useSetDay } from './useSetDay';
import { WorkdayTool } from './WorkdayTool';
import { useOfficeToday } from '../../components/OfficeDay';

/**
 * 工作日历: the holidays and make-up workdays every deadline is counted on. All may look and count; only the
 * managers the contract allows see the controls that change the calendar.
 */
export function CalendarPage() {
  const { can } = useSession();
  const years = useCall('calendar.years', {});
  const [chosen, setChosen] = useState<number>();
  const [adding, setAdding] = useState(false);
  const covered = years.data?.map((y) => y.year) ?? [];
  // This year when covered, else the latest covered year: what the office most likely came to look at.
  const { year: thisYear } = useOfficeToday();
  const year = chosen ?? (covered.includes(thisYear) ? thisYear : covered.at(-1));
  // Only covered years can be edited (a new year comes in by import), but a year chosen here stays listed.
  const listed = year === undefined || covered.includes(year) ? covered : [...covered, year].sort();
  const days = useCall('calendar.days', { year: year ?? 0 }, year !== undefined);

  const changed = (shown?: number) => {
    if (shown !== undefined) setChosen(shown);
    years.reload();
    days.reload();
  };
  const mayEdit = can('calendar.setDay');
  const restore = useSetDay(() => changed());

  return (
    <>
      <PageTitle
        title="工作日历"
        extra={
          <Space>
            {can('calendar.saveYear') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                disabled={!years.data}
                data-testid="calendar-new-year"
              >
                新增年份
              </Button>
            )}
            {can('calendar.importFile') && <CalendarImportButton onImported={(i) => changed(i.years.at(-1))} />}
          </Space>
        }
      />
      {adding && (
        <NewYearDialog
          open
          // The year after the latest covered one: what the notice published each December is about.
          defaultYear={(covered.at(-1) ?? thisYear) + 1}
          covered={covered}
          onClose={(saved) => {
            setAdding(false);
            if (saved !== undefined) changed(saved);
          }}
        />
      )}
      <Typography.Paragraph type="secondary">
        结果公示期限、录入期限和计划发布提醒都按此日历计算：放假日不计工作日，调休上班的周末计为工作日，其余按周一至周五。
        需要的年份不在日历中时，系统拒绝计算并提示先更新日历：国务院办公厅每年年底公布次年安排后，用“新增年份”粘贴通知加入。
      </Typography.Paragraph>
      <LoadError error={years.error ?? days.error} onRetry={() => changed()} />
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card title="已覆盖的年份" size="small" style={{ marginBottom: 16 }}>
            <CalendarYearsTable years={years.data} loading={years.loading} selected={year} onSelect={setChosen} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={year ? `${year} 年放假和调休上班` : '放假和调休上班'}
            size="small"
            style={{ marginBottom: 16 }}
            extra={
              <Space>
                年份
                <Select<number>
                  value={year}
                  onChange={setChosen}
                  style={{ width: 100 }}
                  options={listed.map((y) => ({ value: y, label: `${y} 年` }))}
                  data-testid="calendar-year"
                />
              </Space>
            }
          >
            {year !== undefined && (
              <CalendarDaysTable
                year={year}
                days={days.data}
                loading={days.loading}
                onRestore={mayEdit ? (d) => restore({ date: d.date, kind: 'normal', name: '' }) : undefined}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        {mayEdit && (
          <Col xs={24} xl={10}>
            <Card title="修改某一天" size="small" style={{ marginBottom: 16 }}>
              <SetDayForm onChanged={(o) => changed(Number(o.date.slice(0, 4)))} />
            </Card>
          </Col>
        )}
        <Col xs={24} xl={mayEdit ? 14 : 24}>
          <Card title="推算工作日" size="small" style={{ marginBottom: 16 }}>
            <WorkdayTool />
          </Card>
        </Col>
      </Row>
    </>
  );
}
