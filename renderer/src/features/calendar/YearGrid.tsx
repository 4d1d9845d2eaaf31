import { Typography } from 'antd';
import dayjs from 'dayjs';
import { isWeekend, type Marks } from './year-marks';

const WEEK = ['一', '二', '三', '四', '五', '六', '日'];
const LOOK = {
  holiday: { background: '#fff1f0', color: '#cf1322', border: '#ffa39e', tag: '休' },
  workday: { background: '#e6f4ff', color: '#0958d9', border: '#91caff', tag: '班' },
} as const;

/**
 * A whole year, month by month, for checking a parsed notice against the printed one: 放假 in red (休), 调休上班 in
 * blue (班), other weekend days grey. Clicking a day changes its mark (year-marks.ts says how).
 */
export function YearGrid({ year, marks, onToggle }: { year: number; marks: Marks; onToggle: (date: string) => void }) {
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 12 }}
      data-testid="new-year-grid"
    >
      {Array.from({ length: 12 }, (_, month) => (
        <Month key={month} first={dayjs(new Date(year, month, 1))} marks={marks} onToggle={onToggle} />
      ))}
    </div>
  );
}

function Month({ first, marks, onToggle }: { first: dayjs.Dayjs; marks: Marks; onToggle: (date: string) => void }) {
  // Monday first, as Chinese wall calendars and the notices' 周一至周五 read.
  const blanks = (first.day() + 6) % 7;
  return (
    <div>
      <Typography.Text strong>{first.format('M月')}</Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, marginTop: 4 }}>
        {WEEK.map((w) => (
          <Typography.Text key={w} type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
            {w}
          </Typography.Text>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <span key={`blank-${i}`} />
        ))}
        {Array.from({ length: first.daysInMonth() }, (_, i) => {
          const date = first.date(i + 1).format('YYYY-MM-DD');
          const mark = marks.get(date);
          const look = mark ? LOOK[mark.kind] : undefined;
          return (
            <button
              key={date}
              type="button"
              onClick={() => onToggle(date)}
              title={`${date}${mark ? `：${mark.kind === 'holiday' ? '放假' : '调休上班'}${mark.name ? `（${mark.name}）` : ''}` : ''}`}
              data-testid={`grid-day-${date}`}
              data-kind={mark?.kind ?? 'normal'}
              style={{
                position: 'relative',
                height: 26,
                padding: 0,
                fontSize: 12,
                cursor: 'pointer',
                borderRadius: 4,
                border: `1px solid ${look?.border ?? 'transparent'}`,
                background: look?.background ?? 'transparent',
                color: look?.color ?? (isWeekend(date) ? '#8c8c8c' : 'inherit'),
                fontWeight: look ? 600 : 400,
              }}
            >
              {i + 1}
              {look && (
                <span style={{ position: 'absolute', top: -1, right: 1, fontSize: 9, lineHeight: 1 }}>{look.tag}</span>
              )}
            </button>
          );
        })}
      </div>
    </div>
  );
}
