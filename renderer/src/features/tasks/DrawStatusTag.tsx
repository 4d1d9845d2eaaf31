import { Tag } from 'antd';
import { DRAW_STATUS_LABELS, type DrawStatus } from '../../../../electron/core/draws/status.shared';

const COLORS: Record<DrawStatus | 'none', string> = {
  none: 'default',
  open: 'orange',
  drawn: 'blue',
  locked: 'green',
  superseded: 'default',
};

/** A draw's (or a task's) status in the core's words (draws/status.shared.ts), coloured the same on every screen. */
export function DrawStatusTag({ status }: { status: DrawStatus | 'none' }) {
  return <Tag color={COLORS[status]}>{DRAW_STATUS_LABELS[status]}</Tag>;
}
