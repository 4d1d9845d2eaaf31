import { Button, Descriptions, Drawer, Tag, Typography } from 'antd';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { RISK_LABELS } from '../../../../electron/core/subjects/vocabulary.shared';
import { RISK_COLORS } from '../../components/riskColors';
import { ChangeTimeline } from '../../components/ChangeTimeline';
import { SubjectInspections } from './SubjectInspections';

/** One subject with every change made to it, newest first. */
export function SubjectDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: number | null;
  onClose: () => void;
  onEdit: (id: number) => void;
}) {
  const { can } = useSession();
  const detail = useCall('subjects.get', { id: id ?? 0 });
  const subject = id !== null ? detail.data?.subject : undefined;
  return (
    <Drawer
      title={subject?.name ?? '检查对象'}
      width={720}
      open={id !== null}
      onClose={onClose}
      extra={
        can('subjects.update') &&
        id !== null && (
          <Button onClick={() => onEdit(id)} data-testid="subject-edit">
            编辑
          </Button>
        )
      }
      data-testid="subject-drawer"
    >
      {subject && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="统一社会信用代码" span={2}>
              <Typography.Text copyable>{subject.uscc ?? '—'}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="类型">{subject.type}</Descriptions.Item>
            <Descriptions.Item label="登记状态">{subject.regStatus}</Descriptions.Item>
            <Descriptions.Item label="法定代表人">{subject.legalRep || '—'}</Descriptions.Item>
            <Descriptions.Item label="成立日期">{subject.establishedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="住所" span={2}>
              {subject.address || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="行政区划">{subject.regionCode || '—'}</Descriptions.Item>
            <Descriptions.Item label="行业代码">{subject.industryCode || '—'}</Descriptions.Item>
            <Descriptions.Item label="信用风险分类">
              <Tag color={RISK_COLORS[subject.riskClass]}>
                {RISK_LABELS[subject.riskClass as 'A'] ?? subject.riskClass}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label="信用标记">
              {[
                subject.abnormal && '经营异常',
                subject.seriousIllegal && '严重违法失信',
                subject.penalized3y && '近三年处罚',
                subject.complaintVerified && '投诉举报经核实',
              ]
                .filter(Boolean)
                .join('、') || '无'}
            </Descriptions.Item>
            <Descriptions.Item label="许可类型" span={2}>
              {subject.licences || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="标签" span={2}>
              {subject.tags || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            抽查记录
          </Typography.Title>
          <SubjectInspections subjectId={subject.id} />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            变更记录
          </Typography.Title>
          <ChangeTimeline entries={detail.data?.history ?? []} testId="subject-history" />
        </>
      )}
    </Drawer>
  );
}
