import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { MethodInput, MethodOutput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { useUnsavedForm } from '../../components/unsavedChanges';
import { validFields } from '../../components/validFields';
import { Attachments } from './Attachments';
import { ResultStatus, useResultLists } from './labels';

type Row = MethodOutput<'results.sheet'>['rows'][number];
type Entry = MethodInput<'results.enter'>;
type Fields = Pick<Entry, 'categories' | 'resultDate' | 'method' | 'description' | 'problems' | 'reason'>;

const METHODS = ['实地核查', '书面检查', '网络监测', '委托第三方'] as const;

/** What the panel remembers between rows, so entering a day's visits is mostly choosing the category. */
export interface EntryDefaults {
  resultDate: string;
  method: Entry['method'];
}

/**
 * 结果录入 for one item at one subject, made for the keyboard: the category box has the focus, codes can be typed
 * ("01" Enter), Ctrl+Enter saves and moves on to the next row still to be entered, Alt+↑/↓ move between rows.
 * A result already entered opens as a correction, which asks for its reason.
 */
export function EntryPanel({
  taskId,
  row,
  defaults,
  onSaved,
  onMove,
}: {
  taskId: number;
  row: Row;
  defaults: EntryDefaults;
  onSaved: (used: EntryDefaults) => void;
  onMove: (step: 1 | -1) => void;
}) {
  const [form] = Form.useForm<Fields>();
  const { categories, asksProblems } = useResultLists();
  const first = useRef<HTMLDivElement>(null);
  const chosen = Form.useWatch('categories', form) ?? [];
  const existing = row.result;
  // A result typed but not saved is asked about before the page is left; another row starts untouched.
  const unsaved = useUnsavedForm(form);
  useEffect(() => unsaved.reset(), [row.subjectId, row.itemId, existing?.version, unsaved]);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(
      existing
        ? { ...existing, method: existing.method as Entry['method'], reason: '' }
        : { categories: [], resultDate: defaults.resultDate, method: defaults.method, description: '', problems: '' },
    );
    first.current?.querySelector('input')?.focus();
    // The row decides what is shown; the remembered defaults only fill a new row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [row.subjectId, row.itemId, existing?.version, form]);

  const save = useSubmit(async () => {
    // Field problems show under their fields; only the core's refusals go to the alert.
    const fields = await validFields(form);
    if (!fields) return;
    await call('results.enter', {
      ...fields,
      taskId,
      subjectId: row.subjectId,
      itemId: row.itemId,
      reason: existing ? fields.reason : undefined,
    });
    onSaved({ resultDate: fields.resultDate, method: fields.method });
  });

  // Taken in the capture phase, before the field under the cursor sees the key: an open category list would
  // otherwise read Ctrl+Enter as Enter and toggle its highlighted option off, so the save would lose what is shown.
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      void save.run();
    } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      e.stopPropagation();
      onMove(e.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <Card
      size="small"
      title={
        <Typography.Text ellipsis={{ tooltip: row.subjectName }} data-testid="entry-subject">
          {row.subjectName}
        </Typography.Text>
      }
      extra={<ResultStatus result={existing} />}
      data-testid="entry-panel"
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {row.itemName}（{row.departmentName}）；检查组：{row.team || '—'}
      </Typography.Paragraph>
      {!row.mayEnter && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${row.refusal ?? '您不能录入这条结果。'}当前只能查看。`}
          data-testid="entry-refusal"
        />
      )}
      {existing?.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`已退回：${existing.returnReason ?? ''}`}
        />
      )}
      {save.error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={save.error} data-testid="entry-error" />
      )}
      <Form
        form={form}
        layout="vertical"
        disabled={!row.mayEnter}
        {...unsaved.track}
        onKeyDownCapture={(e) => {
          unsaved.track.onKeyDownCapture(e);
          keys(e);
        }}
      >
        <div ref={first}>
          <Form.Item
            name="categories"
            label="检查结果（可多选，输入代码筛选）"
            rules={[{ required: true, message: '请选择检查结果' }]}
          >
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              data-testid="entry-categories"
              options={categories.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
            />
          </Form.Item>
        </div>
        <Space align="start" wrap>
          <Form.Item
            name="resultDate"
            label="结果形成日期"
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为 2026-10-15' }]}
          >
            <Input style={{ width: 140 }} placeholder="2026-10-15" data-testid="entry-date" />
          </Form.Item>
          <Form.Item name="method" label="实际检查方式" rules={[{ required: true, message: '请选择检查方式' }]}>
            <Select
              style={{ width: 140 }}
              options={METHODS.map((m) => ({ value: m, label: m }))}
              data-testid="entry-method"
            />
          </Form.Item>
        </Space>
        <Form.Item name="description" label="情况说明">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} data-testid="entry-description" />
        </Form.Item>
        <Form.Item
          name="problems"
          label="发现的问题（违反了哪些规定）"
          rules={[{ required: asksProblems(chosen), message: '选择了发现问题的结果，请写明发现的问题' }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} data-testid="entry-problems" />
        </Form.Item>
        {existing && (
          <Form.Item
            name="reason"
            label="更正原因（原结果保留在更正记录中）"
            rules={[{ required: true, min: 2, message: '请写明更正原因' }]}
          >
            <Input data-testid="entry-reason" />
          </Form.Item>
        )}
        <Space>
          <Button type="primary" loading={save.busy} onClick={() => void save.run()} data-testid="entry-save">
            {existing ? '保存更正' : '保存并下一条'}（Ctrl+Enter）
          </Button>
          <Typography.Text type="secondary">Alt+↑/↓ 上下切换</Typography.Text>
        </Space>
      </Form>
      {existing && <Attachments resultId={existing.id} mayAdd={row.mayEnter} />}
    </Card>
  );
}
