import { BellOutlined, WarningOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useCall } from '../../api/useCall';

const REFRESH_MS = 60_000;

/**
 * The header's reminder: results overdue or due within 3 working days, red when any is overdue. It refreshes every
 * minute and whenever the user moves to another screen (where results may just have been entered or published).
 */
export function TodoBadge() {
  const counts = useCall('todo.counts', {});
  const { reload } = counts;
  const { pathname } = useLocation();
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const shownOn = useRef(pathname);
  useEffect(() => {
    if (shownOn.current === pathname) return;
    shownOn.current = pathname;
    reload();
  }, [pathname, reload]);

  const c = counts.data;
  const title = c
    ? `已超期 ${c.overdue} 条，3个工作日内到期 ${c.dueSoon} 条${c.calendarWarning ? `。${c.calendarWarning}` : ''}`
    : (counts.error ?? '正在查询待办');
  // A calendar that needs updating (or a failed query) shows as a warning sign beside the word.
  const warn = Boolean(counts.error ?? c?.calendarWarning);
  return (
    <Link to="/todo" title={title} data-testid="todo-badge">
      <Badge
        count={(c?.overdue ?? 0) + (c?.dueSoon ?? 0)}
        color={c && c.overdue > 0 ? '#cf1322' : '#d48806'}
        overflowCount={999}
        size="small"
      >
        <Button type="text" icon={<BellOutlined />}>
          待办
          {warn && <WarningOutlined style={{ color: '#faad14' }} />}
        </Button>
      </Badge>
    </Link>
  );
}
