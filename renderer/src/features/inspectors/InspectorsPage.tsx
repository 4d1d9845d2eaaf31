import { App, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { InspectorView } from '../../../../electron/core/inspectors/contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { ImportWizard, type ImportApi } from '../../components/ImportWizard';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { CERT_STATUSES, CERT_STATUS_LABELS } from '../../../../electron/core/inspectors/certificate.shared';
import { CertTag } from './CertTag';
import { InspectorDrawer } from './InspectorDrawer';
import { InspectorFormModal } from './InspectorFormModal';
import { readableTable } from '../../components/readableTable';

const INSPECTOR_IMPORT: ImportApi = {
  title: '导入执法人员',
  hint: '表头应包含“姓名”“所属部门”，可选“执法证号”“有效期至”“专业特长”等；按执法证号新增或更新。',
  preview: (upload) => call('inspectors.importPreview', { upload }),
  commit: (token, mode) => call('inspectors.importCommit', { token, mode }),
  errorsFile: (token) => call('imports.errors', { kind: 'inspectors', token }),
  template: () => call('imports.template', { kind: 'inspectors' }),
};

/** Where recusals are recorded: the person's drawer (InspectorDrawer), under 回避范围. */
const RECUSAL_NOTE =
  '回避范围在人员详情中登记：点击人员所在行，在「回避范围」下「登记新的回避」（按统一社会信用代码登记检查对象，或整个区域）；' +
  '回避只能解除，不会删除。“回避”一列为该人员现有的回避数。';

/** The filter offers every status the list shows, named as the tags name them. */
const CERT_FILTERS = CERT_STATUSES.map((value) => ({ value, label: CERT_STATUS_LABELS[value] }));

/** 执法检查人员名录库: who may be drawn, whose certificate needs renewing, and who must recuse where. */
export function InspectorsPage() {
  const { message } = App.useApp();
  const { can } = useSession();
  const [q, setQ] = useState<string>();
  const [departmentId, setDepartmentId] = useState<number>();
  const [certStatus, setCertStatus] = useState<InspectorView['certStatus']>();
  const list = useCall('inspectors.list', { q, departmentId, certStatus });
  const [viewing, setViewing] = useState<number | null>(null);
  const [editing, setEditing] = useState<InspectorView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  return (
    <>
      <PageTitle
        title="执法检查人员名录库"
        extra={
          <Space>
            {can('inspectors.create') && (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="inspector-add">
                新增人员
              </Button>
            )}
            {can('inspectors.importPreview') && <Button onClick={() => setImporting(true)}>导入…</Button>}
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder="姓名或执法证号"
          allowClear
          onSearch={(v) => setQ(v.trim() || undefined)}
          style={{ width: 220 }}
        />
        <DepartmentSelect placeholder="全部部门" allowClear style={{ width: 220 }} onChange={setDepartmentId} />
        <Select
          placeholder="证件状态"
          allowClear
          style={{ width: 150 }}
          onChange={setCertStatus}
          options={CERT_FILTERS}
        />
      </Space>
      <Typography.Paragraph type="secondary" data-testid="inspectors-recusal-note">
        {RECUSAL_NOTE}
      </Typography.Paragraph>
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<InspectorView>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data}
        pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 人` }}
        data-testid="inspectors-table"
        onRow={(row) => ({ onClick: () => setViewing(row.id), style: { cursor: 'pointer' } })}
        {...readableTable<InspectorView>(
          [
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '所属部门', dataIndex: 'departmentName' },
            { title: '执法证号', dataIndex: 'certNo', width: 140, render: (c: string | null) => c ?? '—' },
            {
              title: '证件状态',
              key: 'cert',
              width: 210,
              render: (_, i) => <CertTag status={i.certStatus} validTo={i.certValidTo} />,
            },
            { title: '专业特长', dataIndex: 'expertise', ellipsis: true },
            {
              title: '回避',
              dataIndex: 'recusalCount',
              width: 70,
              render: (n: number) => (n ? <Tag color="red">{n}</Tag> : '—'),
            },
            { title: '在岗', dataIndex: 'active', width: 70, render: (a: boolean) => (a ? '是' : <Tag>否</Tag>) },
            {
              title: '操作',
              key: 'actions',
              width: 80,
              render: (_, i) =>
                can('inspectors.update') && (
                  <Button
                    type="link"
                    size="small"
                    onClick={(e) => {
                      e.stopPropagation();
                      setEditing(i);
                    }}
                  >
                    编辑
                  </Button>
                ),
            },
          ],
          'name',
          100,
        )}
      />
      <InspectorDrawer id={viewing} onClose={() => setViewing(null)} onChanged={list.reload} />
      <InspectorFormModal
        inspector={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) {
            message.success('执法人员已保存');
            list.reload();
          }
        }}
      />
      <ImportWizard
        api={INSPECTOR_IMPORT}
        open={importing}
        onImported={list.reload}
        onClose={() => setImporting(false)}
      />
    </>
  );
}
