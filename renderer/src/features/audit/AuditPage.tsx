import { App, Button, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditEntryView, AuditFilter } from '../../../../electron/core/audit/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { formatTime } from '../../components/format';
import { native } from '../../native';
import { outcomeLabel } from '../../../../electron/core/audit/outcomes.shared';
import { VerifyButton } from './VerifyButton';

const DOOR_LABELS: Record<string, string> = { ipc: '桌面', http: '浏览器', cli: '命令行', system: '系统' };
const ENTITY_LABELS: Record<string, string> = { user: '用户', department: '部门', setting: '设置' };
const PAGE_SIZE = 50;

/** The core writes an HTTP call's address beside its door: 'http 192.168.1.20' reads 浏览器（192.168.1.20）. */
function doorLabel(door: string): string {
  const [kind = '', address] = door.split(' ');
  const label = DOOR_LABELS[kind] ?? kind;
  return address ? `${label}（${address}）` : label;
}

export function AuditPage() {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const entries = useCall('audit.list', { ...filter, page, pageSize: PAGE_SIZE });
  const methods = useCall('audit.methods', {});
  const [exporting, setExporting] = useState(false);

  const change = (patch: Partial<AuditFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { fileName, csv, count } = await call('audit.export', filter);
      const { saved } = await native.saveFile({
        defaultName: fileName,
        filters: [{ name: 'CSV 文件', extensions: ['csv'] }],
        data: new TextEncoder().encode(csv),
      });
      if (saved) message.success(`已导出 ${count} 条记录`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const dates = (range: [Dayjs | null, Dayjs | null] | null) =>
    change({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') });

  return (
    <>
      <PageTitle
        title="审计日志"
        extra={
          <Space>
            <VerifyButton />
            <Button onClick={() => void exportCsv()} loading={exporting}>
              导出 CSV
            </Button>
          </Space>
        }
      />
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          placeholder="全部操作"
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          onChange={(method?: string) => change({ method })}
          options={(methods.data ?? []).map((m) => ({ value: m.method, label: m.summary }))}
          data-testid="audit-method-filter"
        />
        <Input.Search
          placeholder="操作人"
          allowClear
          onSearch={(actor) => change({ actor: actor || undefined })}
          style={{ width: 180 }}
        />
        <Select
          placeholder="全部结果"
          allowClear
          style={{ width: 130 }}
          onChange={(outcome?: 'ok' | 'refused') => change({ outcome })}
          options={[
            { value: 'ok', label: '成功' },
            { value: 'refused', label: '被拒绝' },
          ]}
        />
        <DatePicker.RangePicker onChange={(range) => dates(range)} />
      </Space>
      <LoadError error={entries.error} onRetry={entries.reload} />
      <Table<AuditEntryView>
        rowKey="id"
        size="small"
        loading={entries.loading}
        dataSource={entries.data?.rows}
        data-testid="audit-table"
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: entries.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 条`,
        }}
        columns={[
          { title: '序号', dataIndex: 'id', width: 80 },
          { title: '时间', dataIndex: 'at', width: 170, render: formatTime },
          { title: '操作人', dataIndex: 'actorName', width: 130 },
          { title: '入口', dataIndex: 'door', width: 170, render: doorLabel },
          { title: '操作', dataIndex: 'summary' },
          {
            title: '对象',
            key: 'entity',
            render: (_, e) => {
              if (!e.entityType) return '—';
              const label = ENTITY_LABELS[e.entityType] ?? e.entityType;
              return e.entityId ? `${label} ${e.entityId}` : label;
            },
          },
          {
            title: '结果',
            dataIndex: 'outcome',
            width: 120,
            render: (o: string) => <Tag color={o === 'ok' ? 'green' : 'red'}>{outcomeLabel(o)}</Tag>,
          },
          {
            title: '哈希',
            dataIndex: 'hash',
            width: 130,
            render: (h: string) => (
              <Typography.Text code copyable={{ text: h }}>
                {h.slice(0, 10)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}
