import { Alert, App, Button, Modal, Space, Table, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { formatTime } from '../../components/format';
import { native } from '../../native';

type Kind = 'items' | 'joint';
type Publication = MethodOutput<'items.publications'>['history'][number];

const LIST_NAME: Record<Kind, string> = { items: '抽查事项清单', joint: '联合抽查事项清单（一业一查）' };

/** The published file: the list's export as of the publication's date, the same content each time it is made. */
async function download(kind: Kind, asOf: string) {
  const file = await call('items.export', { kind, asOf });
  await native.saveDownload(file.download, file.fileName);
}

/**
 * 公布 of a list: its last publication (已于 … 公布第 N 版), a warning when an entry changed since, the 公布 action
 * (asked first) for the list as of the date on screen, and every publication with its file.
 */
export function PublicationBar({ kind, asOf, list }: { kind: Kind; asOf: string; list: unknown }) {
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const state = useCall('items.publications', { kind });
  // The list on screen was loaded again (after an edit, a retirement, an import): so is the "changed since" warning.
  const { reload } = state;
  const seen = useRef(list);
  useEffect(() => {
    if (seen.current === list) return;
    seen.current = list;
    reload();
  }, [list, reload]);
  const [showHistory, setShowHistory] = useState(false);
  const last = state.data?.history[0];
  const name = LIST_NAME[kind];

  const publish = () =>
    modal.confirm({
      title: `公布截至 ${asOf} 的${name}？`,
      content: `将记录为第 ${(last?.seq ?? 0) + 1} 版（公布日期为今天），并下载公示文件。公布记录不能撤销。`,
      okText: '公布',
      cancelText: '取消',
      autoFocusButton: 'ok',
      onOk: async () => {
        try {
          const p = await call('items.publish', { kind, asOf });
          message.success(`已公布第 ${p.seq} 版，共 ${p.count} 项`);
          state.reload();
          await download(kind, p.asOf);
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });

  return (
    <div style={{ marginBottom: 12 }} data-testid={`publication-${kind}`}>
      <Space wrap>
        <Typography.Text type="secondary" data-testid={`publication-${kind}-last`}>
          {last
            ? `已于 ${last.publishedOn} 公布第 ${last.seq} 版（截至 ${last.asOf}，共 ${last.count} 项）`
            : `${name}尚未公布`}
        </Typography.Text>
        {can('items.publish') && (
          <Button size="small" onClick={publish} data-testid={`publish-${kind}`}>
            公布…
          </Button>
        )}
        {last && (
          <Button size="small" type="link" onClick={() => setShowHistory(true)}>
            公布记录
          </Button>
        )}
      </Space>
      {state.data?.warning && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={state.data.warning}
          data-testid={`publication-${kind}-warning`}
        />
      )}
      <Modal
        title={`${name}的公布记录`}
        open={showHistory}
        onCancel={() => setShowHistory(false)}
        footer={null}
        width={760}
      >
        <Table<Publication>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={state.data?.history}
          data-testid={`publication-${kind}-history`}
          columns={[
            { title: '版次', dataIndex: 'seq', width: 70, render: (n: number) => `第 ${n} 版` },
            { title: '公布日期', dataIndex: 'publishedOn', width: 110 },
            { title: '清单截至', dataIndex: 'asOf', width: 110 },
            { title: '事项数', dataIndex: 'count', width: 70 },
            {
              title: '内容校验（SHA-256）',
              dataIndex: 'sha256',
              render: (h: string) => <Typography.Text code>{h.slice(0, 16)}…</Typography.Text>,
            },
            {
              title: '公布人',
              key: 'actor',
              width: 150,
              render: (_, p) => `${p.actorName}（${formatTime(p.createdAt)}）`,
            },
            {
              title: '文件',
              key: 'file',
              width: 70,
              render: (_, p) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => void download(kind, p.asOf).catch((e) => message.error(errorMessage(e)))}
                >
                  下载
                </Button>
              ),
            },
          ]}
        />
      </Modal>
    </div>
  );
}
