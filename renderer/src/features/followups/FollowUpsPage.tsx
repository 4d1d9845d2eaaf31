import { Alert, Button, DatePicker, Form, Input, Segmented, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { useSession } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { readableTable } from '../../components/readableTable';
import { useOfficeToday } from '../../components/OfficeDay';
import { FormModal } from '../../components/FormModal';
import { LETTER_TITLE, letterKindOf } from '../../../../electron/core/documents/letters.shared';
import { LetterModal } from './LetterModal';

type FollowUp = MethodOutput<'followups.list'>[number];

/** 完结: the day the measure was carried out and what came of it. */
function CloseModal({ followUp, onClose }: { followUp: FollowUp; onClose: (done: boolean) => void }) {
  const [form] = Form.useForm<{ closedOn: Dayjs; outcome: string }>();
  const today = useOfficeToday();
  const submit = useSubmit(async (fields: { closedOn: Dayjs; outcome: string }) => {
    await call('followups.close', {
      id: followUp.id,
      closedOn: fields.closedOn.format('YYYY-MM-DD'),
      outcome: fields.outcome,
    });
    onClose(true);
  });
  return (
    <FormModal
      title={`完结后续处置：${followUp.subjectName}（${followUp.measureName}）`}
      open
      onCancel={() => onClose(false)}
      form={form}
      onSubmit={submit.run}
      confirmLoading={submit.busy}
      destroyOnHidden
    >
      {submit.error && <Alert type="error" showIcon message={submit.error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ closedOn: today.day }}>
        <Form.Item name="closedOn" label="完结日期" rules={[{ required: true, message: '请选择完结日期' }]}>
          <DatePicker
            disabledDate={(d) => d.isAfter(today.day, 'day') || d.format('YYYY-MM-DD') < followUp.decidedOn}
          />
        </Form.Item>
        <Form.Item name="outcome" label="处置结果" rules={[{ required: true, min: 2, message: '请填写处置结果' }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="followup-outcome" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 后续处置: every measure opened on a result with problems, open ones first, until each is closed (完结). */
export function FollowUpsPage() {
  const { can } = useSession();
  const [status, setStatus] = useState<'open' | 'closed' | 'all'>('open');
  const list = useCall('followups.list', status === 'all' ? {} : { status });
  const [closing, setClosing] = useState<FollowUp | null>(null);
  const [lettering, setLettering] = useState<FollowUp | null>(null);
  const letterKind = lettering && letterKindOf(lettering.measureName);
  return (
    <>
      <PageTitle title="后续处置" />
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        options={[
          { value: 'open', label: '办理中' },
          { value: 'closed', label: '已完结' },
          { value: 'all', label: '全部' },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="followups-status"
      />
      <LoadError error={list.error} onRetry={list.reload} />
      <Table<FollowUp>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data}
        pagination={{ pageSize: 50 }}
        data-testid="followups-table"
        {...readableTable<FollowUp>(
          [
            { title: '检查对象', dataIndex: 'subjectName', ellipsis: true },
            {
              title: '任务',
              dataIndex: 'taskName',
              ellipsis: true,
              render: (name: string, f) => <Link to={`/publication?task=${f.taskId}`}>{name}</Link>,
            },
            { title: '事项', dataIndex: 'itemName', width: 150, ellipsis: true },
            { title: '措施', dataIndex: 'measureName', width: 130 },
            { title: '责任部门', dataIndex: 'departmentName', width: 90 },
            { title: '决定日期', dataIndex: 'decidedOn', width: 100 },
            {
              title: '办理期限',
              dataIndex: 'dueOn',
              width: 130,
              render: (due: string, f) => (f.overdue ? <Tag color="red">超期 {due}</Tag> : due),
            },
            {
              title: '状态',
              key: 'status',
              width: 200,
              render: (_, f) =>
                f.status === 'closed' ? (
                  <span>
                    <Tag color="green">已完结 {f.closedOn}</Tag>
                    {f.outcome}
                  </span>
                ) : (
                  <Tag color="blue">办理中</Tag>
                ),
            },
            {
              title: '',
              key: 'actions',
              width: 140,
              render: (_, f) => {
                const kind = letterKindOf(f.measureName);
                return (
                  <>
                    {kind && (
                      <Button size="small" type="link" onClick={() => setLettering(f)} data-testid="followup-letter">
                        {LETTER_TITLE[kind]}
                      </Button>
                    )}
                    {f.status === 'open' && can('followups.close') && (
                      <Button size="small" onClick={() => setClosing(f)} data-testid="followup-close">
                        完结
                      </Button>
                    )}
                  </>
                );
              },
            },
          ],
          'subjectName',
          180,
        )}
      />
      {lettering && letterKind && (
        <LetterModal followUp={lettering} kind={letterKind} onClose={() => setLettering(null)} />
      )}
      {closing && (
        <CloseModal
          followUp={closing}
          onClose={(done) => {
            setClosing(null);
            if (done) list.reload();
          }}
        />
      )}
    </>
  );
}
