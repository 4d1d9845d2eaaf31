import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Table, Tag } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { ListEntryModal } from './ListEntryModal';

type Lists = MethodOutput<'results.lists'>;
type Category = Lists['categories'][number];
type Measure = Lists['measures'][number];
type Editing = { kind: 'category'; entry: Category | 'new' } | { kind: 'measure'; entry: Measure | 'new' };

const yes = (v: boolean) => (v ? <CheckOutlined style={{ color: '#1f5fad' }} /> : null);
const activeTag = (v: boolean) => (v ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>);

/** The result categories and follow-up measures: the national lists, which the office may extend as data. */
export function ResultListsCard() {
  const { message } = App.useApp();
  const { can } = useSession();
  const lists = useCall('results.lists', {});
  const [editing, setEditing] = useState<Editing | null>(null);
  const mayEdit = can('results.saveCategory');
  const edit = (e: Editing) => (
    <Button type="link" size="small" onClick={() => setEditing(e)}>
      编辑
    </Button>
  );
  const actions = <T,>(make: (row: T) => Editing) =>
    mayEdit ? [{ title: '操作', key: 'actions', width: 70, render: (_: unknown, row: T) => edit(make(row)) }] : [];
  const closed = (saved: boolean) => {
    setEditing(null);
    if (!saved) return;
    message.success('已保存');
    lists.reload();
  };
  const add = (kind: Editing['kind']) =>
    mayEdit && (
      <Button size="small" onClick={() => setEditing({ kind, entry: 'new' })} data-testid={`list-add-${kind}`}>
        新增
      </Button>
    );
  return (
    <Card title="检查结果类别与后续处置措施" style={{ marginBottom: 16 }}>
      <LoadError error={lists.error} onRetry={lists.reload} />
      <Row gutter={24}>
        <Col xs={24} xxl={14}>
          <Card type="inner" size="small" title="检查结果类别" extra={add('category')} style={{ marginBottom: 16 }}>
            <Table<Category>
              rowKey="code"
              size="small"
              loading={lists.loading}
              dataSource={lists.data?.categories}
              pagination={false}
              data-testid="result-categories"
              columns={[
                { title: '代码', dataIndex: 'code', width: 60 },
                { title: '名称', dataIndex: 'name' },
                { title: '发现问题', dataIndex: 'problem', width: 80, align: 'center', render: yes },
                { title: '未能检查', dataIndex: 'unchecked', width: 80, align: 'center', render: yes },
                { title: '排序', dataIndex: 'sort', width: 60, align: 'right' },
                { title: '启用', dataIndex: 'active', width: 70, render: activeTag },
                ...actions<Category>((entry) => ({ kind: 'category', entry })),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={10}>
          <Card type="inner" size="small" title="后续处置措施" extra={add('measure')}>
            <Table<Measure>
              rowKey="code"
              size="small"
              loading={lists.loading}
              dataSource={lists.data?.measures}
              pagination={false}
              data-testid="follow-up-measures"
              columns={[
                { title: '代码', dataIndex: 'code', width: 60 },
                { title: '名称', dataIndex: 'name' },
                { title: '无需处置', dataIndex: 'none', width: 80, align: 'center', render: yes },
                { title: '排序', dataIndex: 'sort', width: 60, align: 'right' },
                { title: '启用', dataIndex: 'active', width: 70, render: activeTag },
                ...actions<Measure>((entry) => ({ kind: 'measure', entry })),
              ]}
            />
          </Card>
        </Col>
      </Row>
      <ListEntryModal
        kind={editing?.kind ?? 'category'}
        entry={editing?.entry ?? null}
        takenCodes={
          (editing?.kind === 'measure' ? lists.data?.measures : lists.data?.categories)?.map((e) => e.code) ?? []
        }
        onClose={closed}
      />
    </Card>
  );
}
