import { Drawer, Tag, Timeline, Typography } from 'antd';
import { useCall } from '../../api/useCall';
import { formatTime } from '../../components/format';

/** Every version of an item, newest first, with the date it took effect and why. */
export function ItemHistoryDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const history = useCall('items.history', { id: id ?? 0 });
  const versions = id !== null ? (history.data ?? []) : [];
  return (
    <Drawer
      title={versions[0] ? `${versions[0].code} 的版本记录` : '版本记录'}
      width={640}
      open={id !== null}
      onClose={onClose}
    >
      <Timeline
        data-testid="item-history"
        items={versions.map((v) => ({
          color: v.status === 'retired' ? 'red' : 'blue',
          children: (
            <>
              <Typography.Text strong>
                第 {v.versionNo} 版，{v.effectiveFrom} 起生效
              </Typography.Text>{' '}
              {v.status === 'retired' && <Tag color="red">废止</Tag>}
              <div>{v.name}</div>
              <div>
                <Typography.Text type="secondary">
                  原因：{v.reason}（{v.actorName}，{formatTime(v.createdAt)}）
                </Typography.Text>
              </div>
            </>
          ),
        }))}
      />
    </Drawer>
  );
}
