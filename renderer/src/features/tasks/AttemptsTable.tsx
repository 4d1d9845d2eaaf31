import { Table, Typography } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';
import { formatTime } from '../../components/format';
import { DrawStatusTag } from './DrawStatusTag';

type Attempt = MethodOutput<'draws.attempts'>[number];

/** Every attempt of the task, redraws included: nothing is overwritten, and every input is on the record. */
export function AttemptsTable({ attempts }: { attempts: Attempt[] }) {
  return (
    <Table<Attempt>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={attempts}
      data-testid="draw-attempts"
      locale={{ emptyText: '尚未抽取' }}
      expandable={{
        expandedRowRender: (a) => (
          <Typography.Paragraph style={{ fontFamily: 'monospace', margin: 0, wordBreak: 'break-all' }}>
            候选名单哈希 {a.poolHash}
            <br />
            承诺值 {a.nonceHash}
            {a.nonce && (
              <>
                <br />
                系统随机数 {a.nonce}
              </>
            )}
            {a.seed && (
              <>
                <br />
                种子 {a.seed}
              </>
            )}
          </Typography.Paragraph>
        ),
      }}
      columns={[
        { title: '次数', dataIndex: 'attempt', width: 70, render: (n: number) => `第 ${n} 次` },
        {
          title: '状态',
          dataIndex: 'status',
          width: 150,
          render: (s: Attempt['status']) => <DrawStatusTag status={s} />,
        },
        { title: '候选', dataIndex: 'poolSize', width: 90 },
        {
          title: '应抽',
          key: 'count',
          width: 70,
          render: (_, a) => a.counting.reduce((n, c) => n + c.count, 0),
        },
        {
          title: '监督人输入',
          dataIndex: 'witnesses',
          render: (w: Attempt['witnesses']) => w.map((x) => `${x.name}：${x.value}`).join('；') || '—',
        },
        {
          title: '重新抽取原因',
          key: 'reason',
          render: (_, a) => (a.reason ? `${a.reason}（批准：${a.approver}）` : '—'),
        },
        { title: '操作人', dataIndex: 'operatorName', width: 100 },
        {
          title: '抽取时间',
          dataIndex: 'drawnAt',
          width: 170,
          render: formatTime,
        },
      ]}
    />
  );
}
