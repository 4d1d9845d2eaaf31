import { Alert, App, Button, DatePicker, Input, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { ImportWizard, type ImportApi } from '../../components/ImportWizard';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { native } from '../../native';
import { ItemFormModal } from './ItemFormModal';
import { ItemHistoryDrawer } from './ItemHistoryDrawer';
import { JointItemsModal } from './JointItemsModal';
import { PublicationBar } from './PublicationBar';
import { readableTable } from '../../components/readableTable';
import { useOfficeToday } from '../../components/OfficeDay';

type Item = MethodOutput<'items.list'>[number];

const ITEM_IMPORT: ImportApi = {
  title: '导入抽查事项',
  hint: '表头应包含“事项编码”“抽查主体”“事项名称”“抽查依据”等。新编码新增事项；已有编码内容变化时新增一个版本，以今天为生效日期。',
  preview: (upload) => call('items.importPreview', { upload }),
  commit: (token, mode) => call('items.importCommit', { token, mode }),
  errorsFile: (token) => call('imports.errors', { kind: 'items', token }),
  template: () => call('imports.template', { kind: 'items' }),
};

/** A general item's ratio caps: the item's cap, and the classes it caps apart ("5%（D 20%）"). */
function capsText(i: Item): string {
  const own = (['A', 'B', 'C', 'D'] as const)
    .filter((c) => i[`ratioCap${c}`] !== null)
    .map((c) => `${c} ${i[`ratioCap${c}`]}%`);
  return own.length === 0 ? `${i.ratioCap}%` : `${i.ratioCap}%（${own.join('，')}）`;
}

/** A general item's yearly frequency caps: the item's, and the classes it caps apart ("1 次（D 2 次）"). */
function frequencyText(i: Item): string {
  const own = (['A', 'B', 'C', 'D'] as const)
    .filter((c) => i[`frequencyCap${c}`] !== null)
    .map((c) => `${c} ${i[`frequencyCap${c}`]} 次`);
  return own.length === 0 ? `${i.frequencyCap} 次` : `${i.frequencyCap} 次（${own.join('，')}）`;
}

/** 随机抽查事项清单: the list as of any date, each item's versions, and 立改废释 as new versions. */
export function ItemsPage() {
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const today = useOfficeToday();
  const [asOf, setAsOf] = useState(today.date);
  const [departmentId, setDepartmentId] = useState<number>();
  const [q, setQ] = useState<string>();
  const list = useCall('items.list', { asOf, departmentId, q });
  const keyShare = useCall('items.keyShare', { asOf });
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [history, setHistory] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const [joint, setJoint] = useState(false);

  const retire = (item: Item) => {
    let reason = '';
    modal.confirm({
      title: `废止事项 ${item.code}？`,
      content: (
        <Input.TextArea
          rows={3}
          placeholder="废止原因（如法规废止、职责调整），今天起生效"
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      okText: '废止',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('items.retire', { id: item.id, effectiveFrom: today.date, reason });
          message.success('已废止，历史版本仍可查看');
          list.reload();
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };

  const exportList = async () => {
    try {
      const file = await call('items.export', { asOf, departmentId });
      await native.saveDownload(file.download, file.fileName);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <PageTitle
        title="随机抽查事项清单"
        extra={
          <Space>
            {can('items.create') && (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="item-add">
                新增事项
              </Button>
            )}
            {can('items.importPreview') && <Button onClick={() => setImporting(true)}>导入…</Button>}
            <Button onClick={() => setJoint(true)}>联合抽查事项</Button>
            <Button onClick={() => void exportList()}>导出公示清单</Button>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <span>截至</span>
        <DatePicker
          value={dayjs(asOf)}
          allowClear={false}
          onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
          data-testid="items-as-of"
        />
        <DepartmentSelect placeholder="全部部门" allowClear style={{ width: 220 }} onChange={setDepartmentId} />
        <Input.Search
          placeholder="事项名称或编码"
          allowClear
          onSearch={(v) => setQ(v.trim() || undefined)}
          style={{ width: 220 }}
        />
      </Space>
      <PublicationBar kind="items" asOf={asOf} list={list.data} />
      <LoadError error={list.error} onRetry={list.reload} />
      {(keyShare.data?.warnings.length ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`重点检查事项占比超过 ${keyShare.data?.maxPercent}% 的部门（系统设置中可调整上限）`}
          description={keyShare.data?.warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
          data-testid="items-key-share-warning"
        />
      )}
      <Table<Item>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data}
        pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 项` }}
        data-testid="items-table"
        {...readableTable<Item>(
          [
            { title: '编码', dataIndex: 'code', width: 110 },
            { title: '抽查主体', dataIndex: 'departmentName', width: 170 },
            { title: '事项名称', dataIndex: 'name' },
            {
              title: '类别',
              dataIndex: 'category',
              width: 70,
              render: (c: string) => (c === 'key' ? <Tag color="red">重点</Tag> : <Tag>一般</Tag>),
            },
            {
              title: '比例/频次上限',
              key: 'caps',
              width: 120,
              render: (_, i) => (i.category === 'key' ? '不设上限' : `${capsText(i)} / ${frequencyText(i)}`),
            },
            { title: '抽查方式', dataIndex: 'methods', width: 150 },
            {
              title: '版本',
              key: 'version',
              width: 130,
              render: (_, i) => `第 ${i.versionNo} 版（${i.effectiveFrom}）`,
            },
            {
              title: '操作',
              key: 'actions',
              width: 150,
              render: (_, i) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setHistory(i.id)}>
                    版本
                  </Button>
                  {can('items.revise') && (
                    <Button type="link" size="small" onClick={() => setEditing(i)}>
                      修订
                    </Button>
                  )}
                  {can('items.retire') && (
                    <Button type="link" size="small" danger onClick={() => retire(i)}>
                      废止
                    </Button>
                  )}
                </Space>
              ),
            },
          ],
          'name',
          160,
        )}
      />
      <ItemFormModal
        item={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) {
            message.success('事项已保存');
            list.reload();
          }
        }}
      />
      <ItemHistoryDrawer id={history} onClose={() => setHistory(null)} />
      {joint && <JointItemsModal open onClose={() => setJoint(false)} />}
      <ImportWizard api={ITEM_IMPORT} open={importing} onImported={list.reload} onClose={() => setImporting(false)} />
    </>
  );
}
