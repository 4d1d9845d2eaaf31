import { Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { PdfActions } from '../../components/PdfActions';

type JointVisit = MethodOutput<'draws.jointVisits'>[number];

/**
 * 可合并检查: the subjects this task's locked draw shares with another locked task of an overlapping period, with
 * both tasks' items and teams, and the one notice that covers both visits. Shown only when there are any.
 */
export function JointVisitsPanel({ taskId }: { taskId: number }) {
  const visits = useCall('draws.jointVisits', { taskId });
  if (visits.error) return <LoadError error={visits.error} onRetry={visits.reload} />;
  if (!visits.data || visits.data.length === 0) return null;
  return (
    <Card
      size="small"
      title={`可合并检查（${visits.data.length} 户）：以下对象也被检查期间重叠的其他任务抽中，可由两个检查组一次检查到位`}
      style={{ marginBottom: 16 }}
      data-testid="joint-visits"
    >
      <Table<JointVisit>
        rowKey={(v) => `${v.subjectId}-${v.other.taskId}`}
        size="small"
        dataSource={visits.data}
        pagination={visits.data.length > 10 ? { pageSize: 10 } : false}
        columns={[
          { title: '检查对象', dataIndex: 'subjectName', ellipsis: true },
          { title: '本任务检查组', key: 'team', width: 150, render: (_, v) => v.team.join('、') || '未匹配' },
          {
            title: '另一任务',
            key: 'other',
            ellipsis: true,
            render: (_, v) => <Link to={`/tasks/${v.other.taskId}`}>{v.other.taskName}</Link>,
          },
          { title: '其检查组', key: 'otherTeam', width: 150, render: (_, v) => v.other.team.join('、') || '未匹配' },
          { title: '可合并期间', key: 'when', width: 180, render: (_, v) => `${v.from} 至 ${v.to}` },
          {
            title: '',
            key: 'notice',
            width: 215,
            render: (_, v) => (
              <PdfActions
                method="documents.notices"
                input={{ taskId, subjectIds: [v.subjectId], jointWith: v.other.taskId }}
                label="合并通知书"
                size="small"
                testId={`joint-notice-${v.subjectId}`}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
