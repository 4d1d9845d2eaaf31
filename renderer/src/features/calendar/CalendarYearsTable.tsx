import { Table, Typography } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';

type Year = MethodOutput<'calendar.years'>[number];

/**
 * The years the calendar covers; deadlines that fall in any other year are refused, never guessed. Each row names
 * its source in a word; the full citations follow the table, each stated once with the years it covers.
 */
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
    <>
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
          { title: '来源', dataIndex: 'label', render: (label: string) => <Typography.Text>{label}</Typography.Text> },
        ]}
      />
      <SourceNotes years={years} />
    </>
  );
}

/** 2019–2026 年 随软件提供：国务院办公厅关于各年度…: every distinct source once, after the years it covers. */
function SourceNotes({ years }: { years: Year[] | undefined }) {
  const bySource = new Map<string, { label: string; years: number[] }>();
  for (const y of years ?? []) {
    const entry = bySource.get(y.source) ?? { label: y.label, years: [] };
    entry.years.push(y.year);
    bySource.set(y.source, entry);
  }
  if (bySource.size === 0) return null;
  return (
    <div style={{ marginTop: 8 }} data-testid="calendar-sources">
      {[...bySource].map(([source, { label, years: covered }]) => (
        <Typography.Paragraph key={source} type="secondary" style={{ marginBottom: 4, fontSize: 12 }}>
          {yearSpans(covered)} 年 {label}
          {source !== label && `：${source.startsWith(`${label}：`) ? source.slice(label.length + 1) : source}`}
        </Typography.Paragraph>
      ))}
    </div>
  );
}

/** [2019, 2020, 2021, 2024] → 2019–2021、2024. */
function yearSpans(years: number[]): string {
  const runs: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[1] === year - 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join('、');
}
