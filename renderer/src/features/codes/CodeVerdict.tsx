import { Alert, Descriptions, Result, Space, Tag } from 'antd';
import type { MethodOutput } from '../../../../electron/core/contract';

type Verdict = MethodOutput<'codes.verify'>;

/** The answer to a check: green with what the record says the inspection is, or red with why it is not genuine. */
export function CodeVerdict({ verdict }: { verdict: Verdict }) {
  const d = verdict.details;
  if (!verdict.genuine || !d)
    return (
      <div data-testid="code-verdict" data-genuine="false">
        <Result status="error" title="核验未通过" subTitle={verdict.message} />
      </div>
    );
  return (
    <div data-testid="code-verdict" data-genuine="true">
      <Result status="success" title="核验通过" subTitle={verdict.message} style={{ paddingBottom: 8 }} />
      {d.notes.map((note) => (
        <Alert key={note} type="warning" showIcon message={note} style={{ marginBottom: 12 }} />
      ))}
      <Descriptions bordered size="small" column={1} labelStyle={{ width: 160 }}>
        <Descriptions.Item label="检查码">
          <Tag color="green" style={{ fontFamily: 'monospace', fontSize: 14 }}>
            {d.code}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="抽查任务">{d.taskName}</Descriptions.Item>
        <Descriptions.Item label="发起部门">{d.leadDepartment}</Descriptions.Item>
        <Descriptions.Item label="检查期间">
          {d.periodStart} 至 {d.periodEnd}
        </Descriptions.Item>
        <Descriptions.Item label="检查对象">{d.subjectName}</Descriptions.Item>
        <Descriptions.Item label="统一社会信用代码">{d.uscc ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="检查组">
          {d.team.length === 0 ? (
            '—'
          ) : (
            <Space direction="vertical" size={2}>
              {d.team.map((m) => (
                <span key={`${m.name}-${m.certNo}`}>
                  {m.name}
                  <span style={{ color: 'rgba(0,0,0,0.45)', marginLeft: 12 }}>
                    执法证号：{m.certNo || '（专家，无执法证）'}
                  </span>
                </span>
              ))}
            </Space>
          )}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
