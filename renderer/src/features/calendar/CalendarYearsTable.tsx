import { Table, Typography } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';

type Year = MethodOutput<'calendar.years'>[number];

/** The years the calendar covers; deadlines that fall in any other year are refused, never guessed. */
export function CalendarYearsTable({
  years,
  loading,
  selected,
  onSelect,
}: {
  years: Year[] | undefined;
  loading: boolean;
  selected: number | undefined;
  onSelect: (year: number) => void;
}) {
  return (
    <Table<Year>
      rowKey="year"
      size="small"
      loading={loading}
      dataSource={years}
      pagination={false}
      scroll={{ y: 420 }}
      rowClassName={(y) => (y.year === selected ? 'ant-table-row-selected' : '')}
      onRow={(y) => ({ onClick: () => onSelect(y.year), style: { cursor: 'pointer' } })}
      data-testid="calendar-years"
      columns={[
        { title: '年份', dataIndex: 'year', width: 70 },
        { title: '放假', dataIndex: 'holidays', width: 70, align: 'right', render: (n: number) => `${n} 天` },
        { title: '调休上班', dataIndex: 'workdays', width: 90, align: 'right', render: (n: number) => `${n} 天` },
        {
          title: '来源',
          dataIndex: 'source',
          ellipsis: { showTitle: false },
          render: (s: string) => (
            <Typography.Text type="secondary" ellipsis={{ tooltip: s }}>
              {s}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
