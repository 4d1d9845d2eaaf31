import { App, Button, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { mayManageDepartment } from '../../../../electron/core/auth/roles-scope.shared';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { CaseFormModal } from './CaseFormModal';
import { CloseCaseModal } from './CloseCaseModal';
import { readableTable } from '../../components/readableTable';

type Case = MethodOutput<'cases.list'>[number];
type Filter = 'all' | 'open' | 'closed';

const OPEN_OF: Record<Filter, boolean | undefined> = { all: undefined, open: true, closed: false };

/** 个案登记: inspections prompted by complaints, referrals or monitoring, outside the random draws. */
export function CasesPage() {
  const { message } = App.useApp();
  const { can, session } = useSession();
  // Department staff close only their own department's cases (the core refuses the rest): offer no more than that.
  const mayClose = (c: Case) => can('cases.close') && mayManageDepartment(session.user, c.departmentId);
  const [filter, setFilter] = useState<Filter>('all');
  const list = useCall('cases.list', { open: OPEN_OF[filter] });
  const [creating, setCreating] = useState(false);
  const [closing, setClosing] = useState<Case | null>(null);
  const done = (changed: boolean, text: string) => {
    setCreating(false);
    setClosing(null);
    if (!changed) return;
    message.success(text);
    list.reload();
  };
  return (
    <>
      <PageTitle
        title="个案登记"
        extra={
          can('cases.create') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="case-add">
              登记个案
            </Button>
          )
        }
      />
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: '全部' },
          { value: 'open', label: '办理中' },
          { value: 'closed', label: '已办结' },
        ]}
        style={{ marginBottom: 16 }}
        data-testid="case-filter"
      />
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<Case>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 件` }}
        locale={{ emptyText: '没有个案' }}
        data-testid="cases-table"
        {...readableTable<Case>(
          [
            { title: '受理日期', dataIndex: 'receivedOn', width: 105 },
            { title: '来源', dataIndex: 'source', width: 90 },
            {
              title: '检查对象',
              dataIndex: 'subjectName',
              width: 190,
              render: (name: string, c) => (c.subjectId ? name : <span title="未关联名录库">{name}（名录库外）</span>),
            },
            { title: '承办部门', dataIndex: 'departmentName', width: 100 },
            {
              title: '案情摘要',
              dataIndex: 'summary',
              render: (s: string) => (
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: s }} style={{ margin: 0 }}>
                  {s}
                </Typography.Paragraph>
              ),
            },
            {
              title: '状态',
              key: 'status',
              width: 135,
              render: (_, c) =>
                c.closedOn ? <Tag color="green">{c.closedOn} 办结</Tag> : <Tag color="orange">办理中</Tag>,
            },
            {
              title: '处理结果',
              dataIndex: 'outcome',
              render: (o: string | null) =>
                o ? (
                  <Typography.Paragraph ellipsis={{ rows: 2, tooltip: o }} style={{ margin: 0 }}>
                    {o}
                  </Typography.Paragraph>
                ) : (
                  '—'
                ),
            },
            { title: '登记人', dataIndex: 'createdBy', width: 80 },
            {
              title: '操作',
              key: 'actions',
              width: 70,
              render: (_, c) =>
                !c.closedOn &&
                mayClose(c) && (
                  <Button type="link" size="small" onClick={() => setClosing(c)} data-testid={`case-close-${c.id}`}>
                    办结
                  </Button>
                ),
            },
          ],
          'subjectName',
          190,
        )}
      />
      <CaseFormModal open={creating} onClose={(created) => done(created, '个案已登记')} />
      <CloseCaseModal item={closing} onClose={(closed) => done(closed, '个案已办结')} />
    </>
  );
}
