import { App, Button, DatePicker, Empty, Popconfirm, Segmented, Space, Table, Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { PdfActions } from '../../components/PdfActions';
import { native } from '../../native';
import { FollowUpModal } from '../followups/FollowUpModal';
import { DueTag, ResultStatus, useResultLists } from './labels';
import { ReasonModal } from './ReasonModal';
import { ProgressLine } from './ResultsPage';
import { TaskPicker, useTaskParam } from './TaskPicker';
import { readableTable } from '../../components/readableTable';
import { useOfficeToday } from '../../components/OfficeDay';

type Row = MethodOutput<'results.sheet'>['rows'][number] & {
  result: NonNullable<MethodOutput<'results.sheet'>['rows'][number]['result']>;
};
type View = 'review' | 'publish' | 'published' | 'all';

const VIEWS: Record<View, (r: Row) => boolean> = {
  review: (r) => r.result.status === 'entered' && !r.result.publishedOn && !r.result.withheldReason,
  publish: (r) => r.publishable,
  published: (r) => r.result.publishedOn !== null || r.result.withheldReason !== null,
  all: () => true,
};

/**
 * 审核与公示: the entered results of a task — approve or return them (when review is on), withhold those the law
 * keeps from the public with the reason, publish (today, or the day they went onto the 公示系统), export the list,
 * and open a follow-up for a result with problems.
 */
export function PublicationPage() {
  const { message } = App.useApp();
  const { can } = useSession();
  const [taskId, setTaskId] = useTaskParam();
  const sheet = useCall('results.sheet', { taskId: taskId ?? 0 }, taskId !== null);
  const { namesOf, isProblem } = useResultLists();
  const [view, setView] = useState<View>('publish');
  const [selected, setSelected] = useState<number[]>([]);
  const today = useOfficeToday();
  const [publishedOn, setPublishedOn] = useState<Dayjs>(today.day);
  const [asking, setAsking] = useState<'return' | 'withhold' | null>(null);
  const [following, setFollowing] = useState<Row | null>(null);
  const review = sheet.data?.review ?? false;
  const rows = (sheet.data?.rows.filter((r): r is Row => r.result !== null) ?? []).filter(VIEWS[view]);
  const selectedRows = rows.filter((r) => selected.includes(r.result.id));

  const done = (text: string) => {
    message.success(text);
    setSelected([]);
    sheet.reload();
  };
  const act = async (action: () => Promise<string>) => {
    try {
      done(await action());
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const publish = () =>
    act(async () => {
      const r = await call('results.publish', { ids: selected, publishedOn: publishedOn.format('YYYY-MM-DD') });
      return `已公示 ${r.published} 条${r.skipped ? `，${r.skipped} 条尚不能公示` : ''}`;
    });
  const publishAll = () =>
    act(async () => {
      const r = await call('results.publish', { taskId: taskId ?? 0, publishedOn: publishedOn.format('YYYY-MM-DD') });
      return `已公示 ${r.published} 条${r.skipped ? `，${r.skipped} 条尚不能公示` : ''}`;
    });
  const exportList = async () => {
    try {
      const file = await call('results.exportPublished', { taskId: taskId ?? 0 });
      await native.saveDownload(file.download, file.fileName);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <PageTitle
        title="审核与公示"
        extra={
          taskId !== null && (
            <Space wrap>
              <Button onClick={() => void exportList()} data-testid="export-published">
                导出结果公示清单
              </Button>
              <PdfActions method="documents.resultList" input={{ taskId }} label="公示清单" testId="result-list-pdf" />
              <PdfActions
                method="documents.resultLetters"
                input={{ taskId }}
                label="结果告知书"
                testId="result-letters-pdf"
              />
            </Space>
          )
        }
      />
      <TaskPicker
        value={taskId}
        onChange={(id) => {
          // A selection belongs to the task it was made in.
          setSelected([]);
          setTaskId(id);
        }}
      />
      <LoadError error={sheet.error} onRetry={sheet.reload} />
      {taskId === null && <Empty description="请选择抽查任务" />}
      {sheet.data && <ProgressLine progress={sheet.data.progress} />}
      {sheet.data && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Segmented<View>
              value={view}
              onChange={(v) => {
                setView(v);
                setSelected([]);
              }}
              options={[
                ...(review ? [{ value: 'review' as const, label: '待审核' }] : []),
                { value: 'publish', label: '待公示' },
                { value: 'published', label: '已公示/不予公示' },
                { value: 'all', label: '全部' },
              ]}
              data-testid="publication-view"
            />
            {review && can('results.review') && (
              <>
                <Button
                  disabled={selected.length === 0}
                  onClick={() =>
                    void act(
                      async () =>
                        `已审核通过 ${(await call('results.review', { ids: selected, decision: 'approve' })).count} 条`,
                    )
                  }
                  data-testid="review-approve"
                >
                  审核通过
                </Button>
                <Button
                  disabled={selected.length === 0}
                  onClick={() => setAsking('return')}
                  data-testid="review-return"
                >
                  退回
                </Button>
              </>
            )}
            {can('results.publish') && (
              <>
                <DatePicker
                  value={publishedOn}
                  onChange={(d) => d && setPublishedOn(d)}
                  disabledDate={(d) => d.isAfter(today.day, 'day')}
                  allowClear={false}
                  data-testid="publish-date"
                />
                <Popconfirm
                  title={`公示所选 ${selected.length} 条结果？`}
                  description="公示后结果进入结果公示清单和上报队列。"
                  onConfirm={() => void publish()}
                  okText="公示"
                  cancelText="取消"
                >
                  <Button type="primary" disabled={selected.length === 0} data-testid="publish-selected">
                    公示所选
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title="公示本任务全部可公示的结果？"
                  description={review ? '只公示已审核通过、未标记不予公示的结果。' : '已退回或不予公示的结果不公示。'}
                  onConfirm={() => void publishAll()}
                  okText="公示"
                  cancelText="取消"
                >
                  <Button data-testid="publish-all">公示全部可公示</Button>
                </Popconfirm>
                <Tooltip title="法律、法规规定不得公开的结果：计入统计，不进入公示清单">
                  <Button disabled={selected.length !== 1} onClick={() => setAsking('withhold')}>
                    不予公示
                  </Button>
                </Tooltip>
              </>
            )}
            {can('followups.create') && (
              <Button
                disabled={selectedRows.length !== 1 || !isProblem(selectedRows[0]?.result.categories ?? [])}
                onClick={() => setFollowing(selectedRows[0] ?? null)}
                data-testid="followup-new"
              >
                登记后续处置
              </Button>
            )}
          </Space>
          <Table<Row>
            rowKey={(r) => r.result.id}
            size="small"
            loading={sheet.loading}
            dataSource={rows}
            pagination={{ pageSize: 50 }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
            data-testid="publication-table"
            {...readableTable<Row>(
              [
                { title: '检查对象', dataIndex: 'subjectName', ellipsis: true },
                { title: '事项', dataIndex: 'itemName', width: 160, ellipsis: true },
                { title: '部门', dataIndex: 'departmentName', width: 90 },
                {
                  title: '检查结果',
                  key: 'c',
                  width: 200,
                  ellipsis: true,
                  render: (_, r) => namesOf(r.result.categories),
                },
                { title: '结果日期', key: 'd', width: 100, render: (_, r) => r.result.resultDate },
                { title: '状态', key: 's', width: 140, render: (_, r) => <ResultStatus result={r.result} /> },
                {
                  title: '公示期限',
                  key: 'due',
                  width: 140,
                  render: (_, r) => <DueTag due={r.result.publishDue} flag={r.flag} />,
                },
              ],
              'subjectName',
            )}
          />
        </>
      )}
      {asking && (
        <ReasonModal
          title={asking === 'return' ? `退回 ${selected.length} 条结果` : '标记为不予公示'}
          label={asking === 'return' ? '退回原因' : '不予公示的法定理由'}
          placeholder={
            asking === 'return' ? '录入人员会看到该原因' : '如：涉及国家秘密，依据《中华人民共和国保守国家秘密法》…'
          }
          onSubmit={(reason) =>
            asking === 'return'
              ? call('results.review', { ids: selected, decision: 'return', reason })
              : call('results.withhold', { id: selected[0] ?? 0, reason })
          }
          onClose={(ok) => {
            setAsking(null);
            if (ok) done(asking === 'return' ? '已退回' : '已标记为不予公示');
          }}
        />
      )}
      {following && (
        <FollowUpModal
          result={{
            id: following.result.id,
            departmentId: following.departmentId,
            subjectName: following.subjectName,
            resultDate: following.result.resultDate,
          }}
          onClose={(ok) => {
            setFollowing(null);
            if (ok) done('已登记后续处置');
          }}
        />
      )}
    </>
  );
}
