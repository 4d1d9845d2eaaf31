import { Empty, Timeline, Typography } from 'antd';
import { formatTime } from './format';

export interface ChangeEntry {
  id: number;
  at: string;
  actorName: string;
  source: string;
  changes: { field: string; label: string; old: unknown; new: unknown }[];
}

const SOURCES: Record<string, string> = { manual: '手工', import: '导入', demo: '演示数据', credit: '信用反馈' };

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length ? value.join('、') : '（空）';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
};

/** A record's changes, newest first: who, when, how (form or import), and each field old → new. */
export function ChangeTimeline({ entries, testId }: { entries: ChangeEntry[]; testId: string }) {
  if (entries.length === 0) return <Empty description="暂无变更记录" />;
  return (
    <Timeline
      data-testid={testId}
      items={entries.map((h) => ({
        children: (
          <>
            <Typography.Text strong>{formatTime(h.at)}</Typography.Text> {h.actorName}（{SOURCES[h.source] ?? h.source}
            ）
            {h.changes.length === 0 ? (
              <div>新建记录</div>
            ) : (
              h.changes.map((c) => (
                <div key={c.field}>
                  {c.label}：{show(c.old)} → {show(c.new)}
                </div>
              ))
            )}
          </>
        ),
      }))}
    />
  );
}
