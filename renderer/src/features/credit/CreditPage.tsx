import { App, Button, Input, Popconfirm, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { formatTime } from '../../components/format';
import { readableTable } from '../../components/readableTable';

type Proposal = MethodOutput<'credit.list'>[number];
const STATUS: Record<Proposal['status'], { label: string; color: string }> = {
  proposed: { label: '待确认', color: 'orange' },
  confirmed: { label: '已确认', color: 'green' },
  rejected: { label: '已驳回', color: 'default' },
};

/**
 * 信用反馈: a result with problems proposes moving the subject's internal risk class up one step; the lead office
 * confirms (the change goes onto the subject's history and into the next draw's class strata) or rejects it.
 */
export function CreditPage() {
  const { message } = App.useApp();
  const { can } = useSession();
  const [status, setStatus] = useState<Proposal['status'] | 'all'>('proposed');
  const list = useCall('credit.list', status === 'all' ? {} : { status });
  const [note, setNote] = useState('');
  const decide = async (id: number, decision: 'confirm' | 'reject') => {
    try {
      await call('credit.decide', { id, decision, note });
      message.success(decision === 'confirm' ? '已确认，风险分类已调整' : '已驳回');
      setNote('');
      list.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <>
      <PageTitle title="信用风险分类调整" />
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        options={[
          { value: 'proposed', label: '待确认' },
          { value: 'confirmed', label: '已确认' },
          { value: 'rejected', label: '已驳回' },
          { value: 'all', label: '全部' },
        ]}
        style={{ marginBottom: 12 }}
      />
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<Proposal>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data}
        pagination={{ pageSize: 50 }}
        data-testid="credit-table"
        {...readableTable<Proposal>(
          [
            { title: '检查对象', dataIndex: 'subjectName', ellipsis: true },
            { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
            { title: '任务', dataIndex: 'taskName', ellipsis: true },
            { title: '发现的问题', dataIndex: 'problems', ellipsis: true },
            {
              title: '调整',
              key: 'change',
              width: 90,
              render: (_, p) => (
                <span data-testid="credit-change">
                  {p.fromClass} → {p.toClass}
                </span>
              ),
            },
            {
              title: '状态',
              key: 'status',
              width: 200,
              render: (_, p) => (
                <span>
                  <Tag color={STATUS[p.status].color}>{STATUS[p.status].label}</Tag>
                  {p.decidedBy && `${p.decidedBy} ${formatTime(p.decidedAt)}`}
                  {p.note && `：${p.note}`}
                </span>
              ),
            },
            {
              title: '',
              key: 'actions',
              width: 140,
              render: (_, p) =>
                p.status === 'proposed' &&
                can('credit.decide') && (
                  <Space>
                    <Popconfirm
                      title={`将该对象的信用风险分类由 ${p.fromClass} 调整为 ${p.toClass}？`}
                      onOpenChange={() => setNote('')}
                      onConfirm={() => void decide(p.id, 'confirm')}
                      okText="确认调整"
                      cancelText="取消"
                    >
                      <Button size="small" type="primary" data-testid="credit-confirm">
                        确认
                      </Button>
                    </Popconfirm>
                    <Popconfirm
                      title="驳回理由"
                      description={<Input value={note} onChange={(e) => setNote(e.target.value)} placeholder="必填" />}
                      onConfirm={() => void decide(p.id, 'reject')}
                      // The reason belongs to the proposal it was typed for.
                      onOpenChange={() => setNote('')}
                      okText="驳回"
                      cancelText="取消"
                    >
                      <Button size="small">驳回</Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ],
          'subjectName',
        )}
      />
    </>
  );
}
