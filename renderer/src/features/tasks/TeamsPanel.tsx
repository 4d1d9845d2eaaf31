import { Alert, App, Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import type { DatePeriod } from '../../../../electron/core/inspectors/certificate.shared';
import { call, errorMessage } from '../../api/client';
import { RISK_COLORS } from '../../components/riskColors';
import { useSession } from '../../app/session';
import { ChangeMemberModal } from './ChangeMemberModal';
import { formatTime } from '../../components/format';

type Result = MethodOutput<'draws.result'>;
type Drawn = Result['subjects'][number];
type Change = Result['changes'][number];

/** 人员匹配 and 任务详情: the drawn subjects in visiting order, what each visit checks, and who goes. */
export function TeamsPanel(props: {
  taskId: number;
  departmentIds: number[];
  /** The task's inspection period: a newcomer's certificate must be valid through it. */
  period: DatePeriod;
  result: Result;
  onChange: () => void;
}) {
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const [changing, setChanging] = useState<Drawn | null>(null);
  const { result } = props;
  const locked = result.status === 'locked';
  const matched = result.matchAttempt !== null;

  const match = () => {
    let reason = '';
    const run = async () => {
      try {
        const done = await call('draws.match', { taskId: props.taskId, reason: matched ? reason : undefined });
        message.success(`已为 ${done.teams} 户匹配检查组（第 ${done.attempt} 次匹配）`);
        props.onChange();
      } catch (e) {
        modal.error({ title: '无法完成匹配', content: errorMessage(e) });
        throw e;
      }
    };
    if (!matched) return void run().catch(() => undefined);
    modal.confirm({
      title: '重新匹配执法人员？',
      content: (
        <Input placeholder="重新匹配的原因" onChange={(e) => (reason = e.target.value)} data-testid="rematch-reason" />
      ),
      okText: '重新匹配',
      cancelText: '取消',
      onOk: run,
    });
  };

  return (
    <>
      {!locked && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={result.status ? '抽取结果锁定后，才能匹配执法人员。' : '尚未抽取。'}
        />
      )}
      <Space style={{ marginBottom: 12 }}>
        {locked && can('draws.match') && (
          <Button type="primary" onClick={match} data-testid="match-run">
            {matched ? '重新匹配…' : '匹配执法人员'}
          </Button>
        )}
        {matched && (
          <Typography.Text type="secondary">
            第 {result.matchAttempt} 次匹配：执法人员随机匹配，回避与执法证有效期已校验，工作量均衡
          </Typography.Text>
        )}
      </Space>
      <Table<Drawn>
        rowKey="seq"
        size="small"
        dataSource={result.subjects}
        pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 户` }}
        data-testid="task-subjects"
        columns={[
          { title: '序', dataIndex: 'seq', width: 55 },
          { title: '批次', dataIndex: 'batch', width: 60, render: (b: number | null) => b ?? '—' },
          {
            title: '检查对象',
            key: 'subject',
            render: (_, s) => (
              <>
                <div>{s.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.uscc ?? '—'}
                  {' · '}
                  {s.address}
                </Typography.Text>
              </>
            ),
          },
          {
            title: '类',
            dataIndex: 'riskClass',
            width: 50,
            render: (c: string) => <Tag color={RISK_COLORS[c]}>{c}</Tag>,
          },
          { title: '检查事项（一次上门）', dataIndex: 'itemNames', render: (n: string[]) => n.join('、') },
          {
            title: '检查组',
            dataIndex: 'team',
            width: 280,
            render: (team: Drawn['team']) =>
              team.length === 0
                ? '—'
                : team.map((m) => (
                    <Tag key={`${m.role}-${m.id}`} color={m.role === 'expert' ? 'gold' : undefined}>
                      {m.name}（{m.departmentName}
                      {m.role === 'expert' ? '，专家' : ''}）
                    </Tag>
                  )),
          },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_, s) =>
              matched &&
              can('draws.changeMember') && (
                <Button type="link" size="small" onClick={() => setChanging(s)} data-testid={`change-member-${s.seq}`}>
                  调整成员
                </Button>
              ),
          },
        ]}
      />
      {result.changes.length > 0 && (
        <>
          <Typography.Title level={5}>检查组调整记录</Typography.Title>
          <Table<Change>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={result.changes}
            data-testid="team-changes"
            columns={[
              { title: '对象', dataIndex: 'subjectName' },
              { title: '换下', dataIndex: 'removed', width: 100 },
              { title: '换上', dataIndex: 'added', width: 100 },
              { title: '原因', dataIndex: 'reason' },
              { title: '经办', dataIndex: 'actorName', width: 100 },
              {
                title: '时间',
                dataIndex: 'createdAt',
                width: 170,
                render: formatTime,
              },
            ]}
          />
        </>
      )}
      <ChangeMemberModal
        taskId={props.taskId}
        departmentIds={props.departmentIds}
        period={props.period}
        subject={changing}
        onClose={(changed) => {
          setChanging(null);
          if (changed) {
            message.success('检查组已调整，调整记录已保存');
            props.onChange();
          }
        }}
      />
    </>
  );
}
