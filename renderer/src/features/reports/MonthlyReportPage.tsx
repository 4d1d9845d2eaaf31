import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSubmit } from '../../api/useSubmit';
import { useSession } from '../../app/session';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { PageTitle } from '../../components/PageTitle';
import { native } from '../../native';
import { useOfficeToday } from '../../components/OfficeDay';

const RULES_DOCUMENT = 'reports.rulesDocument';

/** Part 一's first answer comes from here: the office's 工作细则, with its file number (kept in the settings). */
function RulesDocumentField() {
  const { can } = useSession();
  const settings = useCall('settings.list', {}, can('settings.list'));
  const stored = settings.data?.find((s) => s.key === RULES_DOCUMENT)?.value;
  const [form] = Form.useForm<{ text: string }>();
  useEffect(() => form.setFieldsValue({ text: typeof stored === 'string' ? stored : '' }), [stored, form]);
  const save = useSubmit(async () => {
    await call('settings.set', { key: RULES_DOCUMENT, value: (form.getFieldValue('text') as string).trim() });
    settings.reload();
  });
  if (!can('settings.set')) return null;
  return (
    <Form form={form} layout="vertical">
      <Form.Item
        label="工作细则（文件名称及文号）"
        extra="填写后，月报表第一部分第 1 项答“是”并列出该文件；未填写则答“否”。"
      >
        <Space.Compact style={{ width: 560 }}>
          <Form.Item name="text" noStyle>
            <Input placeholder="如：《固阳县双随机一公开工作细则》（固市监发〔2026〕3号）" />
          </Form.Item>
          <Button loading={save.busy} onClick={() => void save.run()}>
            保存
          </Button>
        </Space.Compact>
        {save.error && <Typography.Text type="danger">{save.error}</Typography.Text>}
      </Form.Item>
    </Form>
  );
}

/** 半年 / 年度汇总: the figures behind the written 工作总结 (due 6 September and 30 November in Guyang). */
function SummaryCard() {
  const { year } = useOfficeToday();
  const [period, setPeriod] = useState(`${year}H1`);
  const generate = useSubmit(async () => {
    const file = await call('reports.summary', { period });
    await native.saveDownload(file.download, file.fileName);
  });
  const options = [year, year - 1].flatMap((y) => [
    { value: `${y}`, label: `${y} 年全年` },
    { value: `${y}H2`, label: `${y} 年下半年` },
    { value: `${y}H1`, label: `${y} 年上半年` },
  ]);
  return (
    <Card title="半年 / 年度工作汇总" style={{ marginTop: 16 }}>
      <Space wrap>
        <Select
          style={{ width: 180 }}
          value={period}
          onChange={setPeriod}
          options={options}
          data-testid="summary-period"
        />
        <Button loading={generate.busy} onClick={() => void generate.run()} data-testid="summary-generate">
          生成汇总（Excel）
        </Button>
        <Typography.Text type="secondary">
          按部门（事项覆盖率、联合抽查、按期公示率、完结率）、按事项、部门联合抽查三张表。
        </Typography.Text>
      </Space>
      {generate.error && <Alert type="error" showIcon message={generate.error} style={{ marginTop: 12 }} />}
    </Card>
  );
}

/**
 * 月报表: the county's (or one department's) monthly report as the province's layout has it, counted as the chosen
 * month ended, for the department to send by the 5th of the next month.
 */
export function MonthlyReportPage() {
  const today = useOfficeToday();
  // In a month's first days the report due is the previous month's.
  const [month, setMonth] = useState<Dayjs>(today.day.subtract(today.day.date() <= 5 ? 1 : 0, 'month'));
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const generate = useSubmit(async () => {
    const file = await call('reports.monthly', { month: month.format('YYYY-MM'), departmentId });
    await native.saveDownload(file.download, file.fileName);
    setDone(`已生成 ${file.fileName}（${file.rows} 行）。`);
  });
  return (
    <>
      <PageTitle title="月报表" />
      <Card style={{ marginBottom: 16 }}>
        <RulesDocumentField />
      </Card>
      <Card>
        <Form layout="vertical">
          <Space size="large" wrap>
            <Form.Item label="月份">
              <DatePicker
                picker="month"
                value={month}
                onChange={(m) => m && setMonth(m)}
                allowClear={false}
                disabledDate={(d) => d.isAfter(today.day, 'month')}
                data-testid="report-month"
              />
            </Form.Item>
            <Form.Item label="填报范围">
              <DepartmentSelect
                short
                allowClear
                placeholder="全县（所有部门）"
                style={{ width: 200 }}
                value={departmentId}
                onChange={setDepartmentId}
              />
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary">
            统计口径：本年度截至所选月份月底已锁定名单的抽查任务（本年累计）；部门联合任务一行，本部门任务每个事项一行。
            表样取自 resources/templates/monthly-report.json；本单位如需按本省表样调整，可将修改后的文件放在数据目录的
            templates 文件夹中。
          </Typography.Paragraph>
          {generate.error && <Alert type="error" showIcon message={generate.error} style={{ marginBottom: 12 }} />}
          {done && (
            <Alert type="success" showIcon message={done} style={{ marginBottom: 12 }} data-testid="report-done" />
          )}
          <Button
            type="primary"
            loading={generate.busy}
            onClick={() => void generate.run()}
            data-testid="report-generate"
          >
            生成月报表（Excel）
          </Button>
        </Form>
      </Card>
      <SummaryCard />
    </>
  );
}
