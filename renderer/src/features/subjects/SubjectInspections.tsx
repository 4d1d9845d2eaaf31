import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useCall } from '../../api/useCall';
import { DueTag, ResultStatus, useResultLists } from '../results/labels';

/**
 * 归集到主体名下: every inspection that drew this subject, across departments — the task, its 检查码, the team and
 * each item's result with its publication state — and its follow-ups and 个案.
 */
export function SubjectInspections({ subjectId }: { subjectId: number }) {
  const inspections = useCall('results.ofSubject', { subjectId });
  const followUps = useCall('followups.list', { subjectId });
  const { namesOf } = useResultLists();
  if (inspections.data?.length === 0 && followUps.data?.length === 0)
    return <Empty description="尚无抽查记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="subject-inspections">
      {inspections.data?.map((i) => (
        <Card
          key={i.taskId}
          size="small"
          title={
            <Space>
              {i.taskName}
              {i.kind === 'special' && <Tag color="volcano">专项</Tag>}
            </Space>
          }
          extra={<Typography.Text type="secondary">{`${i.periodStart} 至 ${i.periodEnd}`}</Typography.Text>}
        >
          <div>
            发起部门：{i.leadDepartment}；检查组：{i.team || '—'}；检查码：
            <Typography.Text code>{i.code ?? '—'}</Typography.Text>
          </div>
          {i.results.length === 0 && <Typography.Text type="secondary">尚未录入结果</Typography.Text>}
          {i.results.map((r) => (
            <div key={r.id} style={{ marginTop: 4 }}>
              <Space wrap>
                <span>
                  {r.itemName}（{r.departmentName}）：{namesOf(r.categories)}，{r.resultDate}
                </span>
                <ResultStatus result={r} />
                {!r.publishedOn && !r.withheldReason && <DueTag due={r.publishDue} flag={null} />}
              </Space>
              {r.problems && <div style={{ color: '#cf1322' }}>问题：{r.problems}</div>}
            </div>
          ))}
        </Card>
      ))}
      {(followUps.data?.length ?? 0) > 0 && (
        <Card size="small" title="后续处置">
          {followUps.data?.map((f) => (
            <div key={f.id}>
              {f.measureName}（{f.departmentName}，期限 {f.dueOn}）：
              {f.status === 'closed' ? `已完结 ${f.closedOn ?? ''}，${f.outcome ?? ''}` : '办理中'}
            </div>
          ))}
        </Card>
      )}
    </Space>
  );
}
