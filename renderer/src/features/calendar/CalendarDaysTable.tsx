import { Button, Table, Tag } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';
import { DAY_KINDS, weekdayOf } from './calendar-labels';

type Day = MethodOutput<'calendar.days'>[number];

/** One year's holidays and make-up workdays; every other day follows the Monday-to-Friday rule. */
export function CalendarDaysTable({
  year,
  days,
  loading,
  onRestore,
}: {
  year: number;
  days: Day[] | undefined;
  loading: boolean;
  /** Offered to those who may edit the calendar: puts the day back to the weekday rule. */
  onRestore?: (day: Day) => void;
}) {
  return (
    <Table<Day>
      rowKey="date"
      size="small"
      loading={loading}
      dataSource={days}
      pagination={false}
      scroll={{ y: 420 }}
      locale={{ emptyText: `${year} 年没有登记放假或调休上班的日子` }}
      data-testid="calendar-days"
      columns={[
        { title: '日期', dataIndex: 'date', width: 110 },
        { title: '星期', key: 'weekday', width: 80, render: (_, d) => weekdayOf(d.date) },
        {
          title: '类别',
          dataIndex: 'kind',
          width: 100,
          render: (k: Day['kind']) => <Tag color={DAY_KINDS[k].color}>{DAY_KINDS[k].label}</Tag>,
        },
        { title: '名称', dataIndex: 'name' },
        ...(onRestore
          ? [
              {
                title: '操作',
                key: 'actions',
                width: 90,
                render: (_: unknown, d: Day) => (
                  <Button type="link" size="small" onClick={() => onRestore(d)}>
                    恢复正常
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
