import { Alert, Col, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { CollectionButtons } from './CollectionButtons';
import { EntryPanel, type EntryDefaults } from './EntryPanel';
import { HistoryLink } from './HistoryDrawer';
import { DueTag, ResultStatus, useResultLists } from './labels';
import { TaskPicker, useTaskParam } from './TaskPicker';
import { readableTable } from '../../components/readableTable';
import { useOfficeToday } from '../../components/OfficeDay';

type Sheet = MethodOutput<'results.sheet'>;
type SheetRow = Sheet['rows'][number];
const keyOf = (r: Pick<SheetRow, 'subjectId' | 'itemId'>) => `${r.subjectId}:${r.itemId}`;

/** The headline of a task's results: what is expected, entered, published, and the entry deadline. */
export function ProgressLine({ progress }: { progress: Sheet['progress'] }) {
  return (
    <>
      <Space size="large" style={{ marginBottom: 12 }} data-testid="results-progress">
        <Statistic title="应录入" value={progress.expected} />
        <Statistic title="已录入" value={progress.entered} />
        <Statistic title="已公示" value={progress.published} valueStyle={{ color: '#389e0d' }} />
        <Statistic title="不予公示" value={progress.withheld} />
        <Statistic title="未完结处置" value={progress.openFollowUps} />
        <Statistic
          title="录入期限"
          value={progress.entryDue ?? '—'}
          valueStyle={{ color: progress.entryOverdue ? '#cf1322' : undefined, fontSize: 18 }}
        />
        <Statistic title="任务状态" value={progress.complete ? '已完结' : '进行中'} valueStyle={{ fontSize: 18 }} />
      </Space>
      {progress.calendarWarning && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={progress.calendarWarning} />
      )}
    </>
  );
}

/**
 * 结果录入: a locked task's subjects × items, each row with its result, status and deadline; the panel on the right
 * enters the chosen row from the keyboard and moves on to the next one still to do.
 */
export function ResultsPage() {
  const [taskId, setTaskId] = useTaskParam();
  const sheet = useCall('results.sheet', { taskId: taskId ?? 0 }, taskId !== null);
  const { namesOf } = useResultLists();
  const [current, setCurrent] = useState<string | null>(null);
  const today = useOfficeToday();
  const [defaults, setDefaults] = useState<EntryDefaults>({
    resultDate: today.date,
    method: '实地核查',
  });
  const rows = sheet.data?.rows ?? [];
  const index = Math.max(
    0,
    rows.findIndex((r) => keyOf(r) === current),
  );
  const row = rows[index];
  const departments = [...new Map(rows.map((r) => [r.departmentId, r.departmentName])).entries()].map(([id, name]) => ({
    id,
    name,
  }));

  const move = (step: 1 | -1) => {
    const next = rows[index + step];
    if (next) setCurrent(keyOf(next));
  };
  const saved = (used: EntryDefaults) => {
    setDefaults(used);
    const next = rows.slice(index + 1).find((r) => !r.result && r.mayEnter);
    if (next) setCurrent(keyOf(next));
    sheet.reload();
  };

  return (
    <>
      <PageTitle
        title="结果录入"
        extra={
          taskId !== null &&
          departments.length > 0 && (
            <CollectionButtons key={taskId} taskId={taskId} departments={departments} onImported={sheet.reload} />
          )
        }
      />
      <TaskPicker
        value={taskId}
        onChange={(id) => {
          setCurrent(null);
          setTaskId(id);
        }}
      />
      <LoadError error={sheet.error} onRetry={sheet.reload} />
      {taskId === null && <Empty description="请选择抽查任务" />}
      {sheet.data && <ProgressLine progress={sheet.data.progress} />}
      {sheet.data && (
        <Row gutter={16} wrap={false}>
          <Col flex="auto" style={{ minWidth: 0 }}>
            <Table<SheetRow>
              rowKey={keyOf}
              size="small"
              loading={sheet.loading}
              dataSource={rows}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              data-testid="results-table"
              rowClassName={(r) => (keyOf(r) === keyOf(row ?? r) && row ? 'ant-table-row-selected' : '')}
              onRow={(r) => ({ onClick: () => setCurrent(keyOf(r)) })}
              {...readableTable<SheetRow>(
                [
                  { title: '序', dataIndex: 'seq', width: 44 },
                  {
                    title: '检查对象',
                    dataIndex: 'subjectName',
                    ellipsis: { showTitle: true },
                    render: (name: string) => <span data-testid="results-subject">{name}</span>,
                  },
                  { title: '事项', dataIndex: 'itemName', width: 120, ellipsis: true },
                  {
                    title: '检查结果',
                    key: 'categories',
                    width: 120,
                    ellipsis: true,
                    render: (_, r) => (r.result ? namesOf(r.result.categories) : ''),
                  },
                  {
                    title: '状态与公示期限',
                    key: 'status',
                    width: 150,
                    render: (_, r) => (
                      <Space direction="vertical" size={2}>
                        <ResultStatus result={r.result} />
                        {r.result && !r.result.publishedOn && !r.result.withheldReason && (
                          <DueTag due={r.result.publishDue} flag={r.flag} />
                        )}
                        {r.result && r.result.version > 1 && <HistoryLink id={r.result.id} />}
                      </Space>
                    ),
                  },
                ],
                'subjectName',
                180,
              )}
            />
          </Col>
          <Col flex="400px" style={{ position: 'sticky', top: 16, alignSelf: 'flex-start' }}>
            {row ? (
              <EntryPanel taskId={taskId ?? 0} row={row} defaults={defaults} onSaved={saved} onMove={move} />
            ) : (
              <Typography.Text type="secondary">该任务没有需要录入的结果。</Typography.Text>
            )}
          </Col>
        </Row>
      )}
    </>
  );
}
