import { App, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { SubjectFilter, SubjectRowView } from '../../../../electron/core/subjects/schemas';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { RISK_COLORS } from '../../components/riskColors';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { native } from '../../native';
import { ImportWizard } from '../../components/ImportWizard';
import { FlagListModal } from './FlagListModal';
import { SUBJECT_IMPORT } from './subject-import';
import { SubjectDrawer } from './SubjectDrawer';
import { LibraryBar } from './LibraryBar';
import { SubjectFilters } from './SubjectFilters';
import { SubjectFormModal } from './SubjectFormModal';
import { readableTable } from '../../components/readableTable';

const PAGE_SIZE = 50;

/** 检查对象名录库: paged and filtered in SQL, so a million rows feel like a thousand. */
export function SubjectsPage() {
  const { message } = App.useApp();
  const { can } = useSession();
  const [filter, setFilter] = useState<SubjectFilter>({});
  const [page, setPage] = useState(1);
  const list = useCall('subjects.list', { ...filter, page, pageSize: PAGE_SIZE });
  // Counted separately so the page never waits for a count over a million rows.
  const counted = useCall('subjects.count', filter);
  const [viewing, setViewing] = useState<number | null>(null);
  const [editing, setEditing] = useState<SubjectRowView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [marking, setMarking] = useState(false);
  const [exporting, setExporting] = useState(false);
  // Remounting the drawer after an edit reloads the subject and its history.
  const [drawerVersion, setDrawerVersion] = useState(0);

  const change = (patch: Partial<SubjectFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const exportList = async () => {
    setExporting(true);
    try {
      const file = await call('subjects.export', filter);
      await native.saveDownload(file.download, file.fileName);
      message.success(`已导出 ${file.count} 条`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const edit = async (id: number) => {
    try {
      setEditing((await call('subjects.get', { id })).subject);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  // Until the count arrives (or past its cap) the pager knows only whether another page exists.
  const seen = (page - 1) * PAGE_SIZE + (list.data?.rows.length ?? 0) + (list.data?.hasMore ? 1 : 0);
  const exact = counted.data && !counted.data.capped ? counted.data.count : null;
  const total = exact ?? seen;
  const summary =
    exact !== null
      ? `共 ${exact.toLocaleString('zh-CN')} 条`
      : counted.data?.capped
        ? '超过 1 万条，请缩小筛选范围'
        : '正在统计…';
  return (
    <>
      <PageTitle
        title="检查对象名录库"
        extra={
          <Space>
            {can('subjects.create') && (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="subject-add">
                新增对象
              </Button>
            )}
            {can('subjects.importPreview') && (
              <Button onClick={() => setImporting(true)} data-testid="subject-import">
                导入…
              </Button>
            )}
            {can('subjects.flagListPreview') && (
              <Button onClick={() => setMarking(true)} data-testid="subject-flag-list">
                按名单标记…
              </Button>
            )}
            <Button onClick={() => void exportList()} loading={exporting}>
              导出当前筛选
            </Button>
          </Space>
        }
      />
      <LibraryBar
        filter={filter}
        onApply={(library) => {
          setFilter(library ?? {});
          setPage(1);
        }}
      />
      <SubjectFilters value={filter} onSearch={(q) => change({ q: q || undefined })} onChange={change} />
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<SubjectRowView>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows}
        data-testid="subjects-table"
        onRow={(row) => ({ onClick: () => setViewing(row.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: () => summary,
        }}
        {...readableTable<SubjectRowView>(
          [
            { title: '统一社会信用代码', dataIndex: 'uscc', width: 190, render: (u: string | null) => u ?? '—' },
            { title: '名称', dataIndex: 'name', ellipsis: true },
            { title: '类型', dataIndex: 'type', width: 110 },
            { title: '行业', dataIndex: 'industryCode', width: 80 },
            {
              title: '风险',
              dataIndex: 'riskClass',
              width: 70,
              render: (r: string) => <Tag color={RISK_COLORS[r]}>{r}</Tag>,
            },
            { title: '状态', dataIndex: 'regStatus', width: 70 },
            { title: '住所', dataIndex: 'address', ellipsis: true },
            { title: '标签', dataIndex: 'tags', width: 150, ellipsis: true },
          ],
          'name',
        )}
      />
      <SubjectDrawer key={drawerVersion} id={viewing} onClose={() => setViewing(null)} onEdit={(id) => void edit(id)} />
      <SubjectFormModal
        subject={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) {
            message.success('检查对象已保存');
            list.reload();
            counted.reload();
            setDrawerVersion((v) => v + 1);
          }
        }}
      />
      <FlagListModal
        open={marking}
        onDone={() => {
          list.reload();
          counted.reload();
          setDrawerVersion((v) => v + 1);
        }}
        onClose={() => setMarking(false)}
      />
      <ImportWizard
        api={SUBJECT_IMPORT}
        open={importing}
        onImported={() => {
          list.reload();
          counted.reload();
        }}
        onClose={() => setImporting(false)}
      />
    </>
  );
}
