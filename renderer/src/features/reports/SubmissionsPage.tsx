import { Alert, App, Button, Card, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { mayManageDepartment } from '../../../../electron/core/auth/roles-scope.shared';
import type { MethodOutput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { useSession } from '../../app/session';
import { useOfficeToday } from '../../components/OfficeDay';
import { PageTitle } from '../../components/PageTitle';
import { native } from '../../native';

type Kind = 'monthly' | 'halfYear' | 'annual';
type Grid = MethodOutput<'reports.submissions'>;
type Row = Grid['rows'][number];

const STATE: Record<Row['state'], { label: string; color: string }> = {
  submitted: { label: '已报送', color: 'green' },
  submittedLate: { label: '逾期报送', color: 'orange' },
  notYet: { label: '未报送', color: 'default' },
  missing: { label: '逾期未报', color: 'red' },
};

/** The periods offered: the last 24 months, and this year's and last year's half-year and year. */
function periodOptions(kind: Kind, today: string) {
  const year = Number(today.slice(0, 4));
  if (kind === 'halfYear') return [year, year - 1].map((y) => ({ value: `${y}H1`, label: `${y} 年上半年` }));
  if (kind === 'annual') return [year, year - 1].map((y) => ({ value: `${y}`, label: `${y} 年度` }));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: 24 }, (_, i) => {
    const total = year * 12 + (month - 1) - i;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    return { value: `${y}-${String(m).padStart(2, '0')}`, label: `${y} 年 ${m} 月` };
  });
}

/** The last period that has ended (a report is submitted from the period's last day on). */
function defaultPeriod(kind: Kind, today: string): string {
  const year = Number(today.slice(0, 4));
  if (kind === 'halfYear') return today >= `${year}-06-30` ? `${year}H1` : `${year - 1}H1`;
  if (kind === 'annual') return today >= `${year}-11-30` ? `${year}` : `${year - 1}`;
  return periodOptions('monthly', today)[1]?.value ?? today.slice(0, 7);
}

/**
 * 报送情况: per department and period, whether its report was submitted (when, by whom, which version), late, or
 * missing. A department submits here (with a confirmation, and a reason for a resubmission) and downloads any
 * version; the county office sees every department and compiles the month from what was submitted.
 */
export function SubmissionsPage() {
  const { can, session } = useSession();
  const { message } = App.useApp();
  const { date } = useOfficeToday();
  const [kind, setKind] = useState<Kind>('monthly');
  const [period, setPeriod] = useState(() => defaultPeriod('monthly', date));
  const grid = useCall('reports.submissions', { kind, period });
  const [target, setTarget] = useState<Row | null>(null);
  const [reason, setReason] = useState('');
  const options = useMemo(() => periodOptions(kind, date), [kind, date]);

  const submit = useSubmit(async () => {
    if (!target) return;
    const done = await call('reports.submit', { kind, period, departmentId: target.departmentId, reason });
    message.success(`已报送（第 ${done.version} 版）`);
    setTarget(null);
    setReason('');
    grid.reload();
  });
  const download = async (id: number) => {
    try {
      const file = await call('reports.submittedFile', { id });
      await native.saveDownload(file.download, file.fileName);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const compile = useSubmit(async () => {
    const done = await call('reports.compile', { month: period });
    if (done.download) await native.saveDownload(done.download, done.fileName);
    else message.warning('本月尚无部门报送月报表，无法汇总。');
    if (done.missing.length > 0) message.info(`未报送的部门：${done.missing.map((d) => d.departmentName).join('、')}`);
  });

  const columns = [
    { title: '部门', dataIndex: 'departmentName', key: 'department' },
    {
      title: '报送情况',
      key: 'state',
      width: 110,
      render: (_: unknown, r: Row) => (
        <Tag color={STATE[r.state].color} data-testid={`submission-state-${r.departmentId}`}>
          {STATE[r.state].label}
        </Tag>
      ),
    },
    {
      title: '报送时间 / 报送人',
      key: 'when',
      render: (_: unknown, r: Row) => {
        const v = r.versions[0];
        return v ? `${v.submittedOn} ${v.submittedByName}` : '—';
      },
    },
    {
      title: '版本',
      key: 'versions',
      render: (_: unknown, r: Row) =>
        r.versions.length === 0 ? (
          '—'
        ) : (
          <Space direction="vertical" size={0}>
            {r.versions.map((v) => (
              <Space key={v.id} size={4} wrap>
                <Button size="small" type="link" onClick={() => void download(v.id)}>
                  第 {v.version} 版
                </Button>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {v.submittedOn}
                  {v.reason ? `，重报原因：${v.reason}` : ''}
                </Typography.Text>
              </Space>
            ))}
          </Space>
        ),
    },
    {
      title: '操作',
      key: 'action',
      width: 110,
      render: (_: unknown, r: Row) =>
        can('reports.submit') && mayManageDepartment(session.user, r.departmentId) ? (
          <Button size="small" onClick={() => setTarget(r)} data-testid={`submission-submit-${r.departmentId}`}>
            {r.versions.length > 0 ? '重新报送' : '报送'}
          </Button>
        ) : null,
    },
  ];

  const data: Grid | null = grid.data ?? null;
  const resubmit = (target?.versions.length ?? 0) > 0;
  return (
    <>
      <PageTitle title="报送情况" />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Radio.Group
            value={kind}
            onChange={(e) => {
              const next = e.target.value as Kind;
              setKind(next);
              setPeriod(defaultPeriod(next, date));
            }}
            optionType="button"
            options={[
              { value: 'monthly', label: '月报表' },
              { value: 'halfYear', label: '半年工作总结' },
              { value: 'annual', label: '年度工作总结' },
            ]}
          />
          <Select
            aria-label="期间"
            style={{ width: 150 }}
            value={period}
            onChange={setPeriod}
            options={options}
            data-testid="submission-period"
          />
          {data && (
            <Typography.Text>
              {data.label}：报送截止 <b data-testid="submission-due">{data.dueOn}</b>
            </Typography.Text>
          )}
          {kind === 'monthly' && can('reports.compile') && (
            <Button loading={compile.busy} onClick={() => void compile.run()}>
              汇总各部门报送（Excel）
            </Button>
          )}
        </Space>
        {grid.error && <Alert type="error" showIcon message={grid.error} style={{ marginBottom: 12 }} />}
        {compile.error && <Alert type="error" showIcon message={compile.error} style={{ marginBottom: 12 }} />}
        <Table<Row>
          rowKey="departmentId"
          size="small"
          loading={grid.loading}
          dataSource={data?.rows ?? []}
          columns={columns}
          pagination={false}
          scroll={{ y: 'calc(100vh - 300px)' }}
          data-testid="submissions-table"
        />
      </Card>
      <Modal
        open={target !== null}
        title={`${resubmit ? '重新报送' : '报送'}：${target?.departmentName ?? ''} ${data?.label ?? ''}`}
        okText="确认报送"
        cancelText="取消"
        confirmLoading={submit.busy}
        okButtonProps={{ disabled: resubmit && reason.trim() === '', id: 'submission-confirm' }}
        onOk={() => void submit.run()}
        onCancel={() => {
          setTarget(null);
          setReason('');
        }}
      >
        <Typography.Paragraph>
          报送后，系统按当前数据生成该报表并冻结保存（文件、数据、SHA-256 校验值和审计链位置），以后随时可原样下载；
          之后的数据变化不会改变已报送的版本。
        </Typography.Paragraph>
        {resubmit && (
          <Input.TextArea
            autoFocus
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="重新报送的原因（必填），原报送版本会保留"
            aria-label="重新报送原因"
          />
        )}
        {submit.error && <Alert type="error" showIcon message={submit.error} style={{ marginTop: 12 }} />}
      </Modal>
    </>
  );
}
