import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import {
  MAX_WITNESSES,
  WITNESS_MESSAGES,
  witnessNameProblem,
  witnessValueProblem,
} from '../../../../electron/core/draws/witness.shared';
import { realisedRatio, ROUNDING_NOTE_LABELS } from '../../../../electron/core/draws/rounding.shared';
import { RISK_LABELS } from '../../../../electron/core/subjects/vocabulary.shared';
import { targetedStratumLabel, type TargetFlag } from '../../../../electron/core/subjects/target-flags.shared';
import { call, errorMessage } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { useSession } from '../../app/session';
import { PublicRecordButton } from './PublicRecordButton';
import { RedrawModal } from './RedrawModal';
import { submitForm } from '../../components/validFields';
import { sharedRule } from '../../components/formRules';
import { DrawStatusTag } from './DrawStatusTag';

type Attempt = MethodOutput<'draws.attempts'>[number];
type Counting = Attempt['counting'][number];

/** A stratum's name: a credit-risk class, or P named by the flags that form it (the task's setting). */
const stratumLabel = (stratum: Counting['stratum'], flags: readonly TargetFlag[] | undefined): string =>
  stratum === 'P' ? `${targetedStratumLabel(flags)}（单列）` : RISK_LABELS[stratum];

/** count ÷ pool, as recorded since ssj-draw/2; computed the same way for earlier attempts. */
const realisedOf = (c: Counting): number => c.realised ?? realisedRatio(c.count, c.size);

const mono = { fontFamily: 'monospace', wordBreak: 'break-all' } as const;

function CountingTable({ attempt, targetFlags }: { attempt: Attempt; targetFlags?: readonly TargetFlag[] }) {
  return (
    <Table<Counting>
      rowKey="stratum"
      size="small"
      pagination={false}
      dataSource={attempt.counting.filter((c) => c.stratum !== 'P' || c.ratio > 0)}
      data-testid="draw-counting"
      columns={[
        {
          title: '信用风险分类',
          dataIndex: 'stratum',
          render: (c: Counting['stratum']) => stratumLabel(c, targetFlags),
        },
        { title: '候选户数', dataIndex: 'size' },
        { title: '计划比例', dataIndex: 'ratio', render: (r: number) => `${r}%` },
        { title: '比例上限', dataIndex: 'cap', render: (c: number | null | undefined) => (c == null ? '—' : `${c}%`) },
        { title: '应抽户数', dataIndex: 'count' },
        { title: '实际比例', key: 'realised', render: (_, c) => `${realisedOf(c)}%` },
        {
          title: '取整说明',
          key: 'note',
          render: (_, c) => (c.note ? ROUNDING_NOTE_LABELS[c.note] : '向上取整（比例大于 0 的非空层至少 1 户）'),
        },
      ]}
      summary={(rows) => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
          <Table.Summary.Cell index={1}>{rows.reduce((n, r) => n + r.size, 0)}</Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
          <Table.Summary.Cell index={3} />
          <Table.Summary.Cell index={4}>{rows.reduce((n, r) => n + r.count, 0)}</Table.Summary.Cell>
          <Table.Summary.Cell index={5} />
          <Table.Summary.Cell index={6} />
        </Table.Summary.Row>
      )}
    />
  );
}

/** The commitments shown before anyone types: the pool's hash and the hash of the secret nonce. */
function Commitments({ attempt }: { attempt: Attempt }) {
  return (
    <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }}>
      <Descriptions.Item label="候选名单哈希">
        <span style={mono} data-testid="draw-pool-hash">
          {attempt.poolHash}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label="系统随机数承诺值（哈希）">
        <span style={mono} data-testid="draw-nonce-hash">
          {attempt.nonceHash}
        </span>
      </Descriptions.Item>
      {attempt.nonce && (
        <Descriptions.Item label="系统随机数（抽取后公开）">
          <span style={mono}>{attempt.nonce}</span>
        </Descriptions.Item>
      )}
      {attempt.seed && (
        <Descriptions.Item label="抽取种子">
          <span style={mono} data-testid="draw-seed">
            {attempt.seed}
          </span>
        </Descriptions.Item>
      )}
      {attempt.witnesses.length > 0 && (
        <Descriptions.Item label="监督人输入">
          {attempt.witnesses.map((w) => `${w.name}：${w.value}`).join('；')}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function WitnessForm({ attempt, onDone }: { attempt: Attempt; onDone: () => void }) {
  const [form] = Form.useForm<{ witnesses: { name: string; value: string }[] }>();
  const { run, busy, error } = useSubmit(async (v: { witnesses: { name: string; value: string }[] }) => {
    await call('draws.run', { drawId: attempt.id, witnesses: v.witnesses });
    onDone();
  });
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ witnesses: [{ name: '', value: '' }] }}
      style={{ marginTop: 16 }}
    >
      <Form.List name="witnesses">
        {(fields, { add, remove }) => (
          <Space direction="vertical">
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline">
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, message: WITNESS_MESSAGES.name }, sharedRule(witnessNameProblem)]}
                >
                  <Input placeholder="监督人姓名" data-testid={`witness-name-${i}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'value']}
                  rules={[{ required: true, message: WITNESS_MESSAGES.value }, sharedRule(witnessValueProblem)]}
                >
                  <Input placeholder="监督人随意输入的数字" data-testid={`witness-value-${i}`} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
              </Space>
            ))}
            <Space>
              {fields.length < MAX_WITNESSES && (
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', value: '' })}>
                  增加监督人
                </Button>
              )}
              <Button type="primary" loading={busy} onClick={() => void submitForm(form, run)} data-testid="draw-run">
                公开随机数并抽取
              </Button>
            </Space>
          </Space>
        )}
      </Form.List>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Form>
  );
}

/** 名单抽取: the ceremony for the task's latest attempt. */
export function DrawPanel(props: {
  taskId: number;
  attempts: Attempt[];
  live: boolean;
  /** The flags that form the task's targeted stratum P (its ratios' setting). */
  targetFlags?: readonly TargetFlag[];
  onChange: () => void;
}) {
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const [redraw, setRedraw] = useState(false);
  const latest = props.attempts.at(-1);
  // A cancelled (作废) task keeps its record but is not drawn again.
  const mayRun = can('draws.open') && props.live;

  const open = async () => {
    try {
      await call('draws.open', { taskId: props.taskId });
      props.onChange();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const lock = (attempt: Attempt) =>
    modal.confirm({
      title: `锁定第 ${attempt.attempt} 次抽取结果？`,
      content: '锁定后名单不可再更改，也不能重新抽取；之后可以匹配执法人员。',
      okText: '锁定',
      cancelText: '取消',
      onOk: async () => {
        try {
          await call('draws.lock', { drawId: attempt.id });
          message.success('抽取结果已锁定');
          props.onChange();
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });

  if (!latest || latest.status === 'superseded')
    return (
      <Card>
        <Typography.Paragraph>
          开始抽取时，系统冻结候选名单并计算其哈希，按比例算出各类应抽户数，并生成一个保密的系统随机数、先公布它的哈希（承诺值）。
          监督人随后输入数字，系统公开随机数，由三者共同决定抽取结果。任何人都可以用导出的记录复核。
        </Typography.Paragraph>
        {mayRun && (
          <Button type="primary" onClick={() => void open()} data-testid="draw-open">
            开始抽取
          </Button>
        )}
      </Card>
    );

  return (
    <Card
      title={
        <Space>
          第 {latest.attempt} 次抽取
          <DrawStatusTag status={latest.status} />
        </Space>
      }
      extra={
        latest.status === 'drawn' &&
        mayRun && (
          <Space>
            <Button onClick={() => setRedraw(true)} data-testid="draw-redraw">
              重新抽取…
            </Button>
            <Button type="primary" onClick={() => lock(latest)} data-testid="draw-lock">
              锁定结果
            </Button>
          </Space>
        )
      }
      data-testid="draw-card"
    >
      <Typography.Paragraph>
        候选对象 <b data-testid="draw-pool-size">{latest.poolSize}</b> 户
        {latest.excluded > 0 && `（另有 ${latest.excluded} 户本年度已按同一一般事项检查满频次，依规不再列入）`}。
        各类应抽户数 = 候选户数 × 抽查比例，向上取整；向上取整会超出一般事项比例上限时，取上限内的最大户数（比例大于 0
        的非空层至少 1 户）。实际比例 = 应抽户数 ÷ 候选户数。
      </Typography.Paragraph>
      <CountingTable attempt={latest} targetFlags={props.targetFlags} />
      <Commitments attempt={latest} />
      {(latest.status === 'drawn' || latest.status === 'locked') && <PublicRecordButton taskId={props.taskId} />}
      {latest.reason && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          message={`重新抽取原因：${latest.reason}（批准人：${latest.approver}）`}
        />
      )}
      {latest.status === 'open' && mayRun && <WitnessForm attempt={latest} onDone={props.onChange} />}
      <RedrawModal
        open={redraw}
        taskId={props.taskId}
        onClose={(done) => {
          setRedraw(false);
          if (done) props.onChange();
        }}
      />
    </Card>
  );
}
