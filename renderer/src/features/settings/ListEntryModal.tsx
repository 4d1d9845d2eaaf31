import { Alert, Form, Input, InputNumber, Switch } from 'antd';
import type { MethodInput } from '../../../../electron/core/contract';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';
import { useFormFill } from '../../components/useFormFill';
import { FormModal } from '../../components/FormModal';

type Category = MethodInput<'results.saveCategory'>;
type Measure = MethodInput<'results.saveMeasure'>;

/** What differs between the two lists: their name and their yes/no flags. */
const KINDS = {
  category: {
    noun: '检查结果类别',
    flags: [
      { name: 'problem', label: '发现问题', extra: '选中此类别的结果须写明发现的问题，并进入后续处置' },
      { name: 'unchecked', label: '未能检查', extra: '如对象无法联系、已注销：未能实际检查' },
    ],
  },
  measure: {
    noun: '后续处置措施',
    flags: [{ name: 'none', label: '无需处置', extra: '选中此措施表示该结果不需要后续处置' }],
  },
} as const;

type Entry = Category | Measure;

/**
 * Adds or edits one entry of the result categories or follow-up measures. The code is the entry's key (results
 * and reports refer to it), so it is fixed once saved; an entry no longer used is disabled, never deleted.
 */
export function ListEntryModal({
  kind,
  entry,
  takenCodes,
  onClose,
}: {
  kind: keyof typeof KINDS;
  entry: Entry | 'new' | null;
  takenCodes: string[];
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm<Entry>();
  const editing = entry !== null && entry !== 'new' ? entry : null;
  const { noun, flags } = KINDS[kind];
  const { run, busy, error } = useSubmit(async (v: Entry) => {
    if (kind === 'category') await call('results.saveCategory', v as Category);
    else await call('results.saveMeasure', v as Measure);
    onClose(true);
  });
  useFormFill(form, entry !== null, editing ?? { active: true, sort: 0 });
  return (
    <FormModal
      title={editing ? `修改${noun}：${editing.code} ${editing.name}` : `新增${noun}`}
      open={entry !== null}
      form={form}
      onSubmit={run}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText="保存"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'list-entry-save' }}
    >
      <Form<Entry> form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="code"
          label="代码"
          extra={editing ? '代码保存后不能修改' : '1–6 位字母或数字，如 11'}
          rules={[
            { required: true, pattern: /^[0-9A-Za-z]{1,6}$/, message: '代码为 1–6 位字母或数字' },
            {
              validator: (_, code?: string) =>
                !editing && code && takenCodes.includes(code.trim())
                  ? Promise.reject(new Error(`代码 ${code} 已存在，请在列表中编辑该项`))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input disabled={editing !== null} maxLength={6} style={{ width: 120 }} data-testid="list-entry-code" />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, min: 2, max: 60, message: '名称为 2–60 个字' }]}>
          <Input data-testid="list-entry-name" />
        </Form.Item>
        {flags.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label} valuePropName="checked" extra={f.extra}>
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        ))}
        <Form.Item name="sort" label="排序号" extra="数字小的排在前面">
          <InputNumber min={0} max={999} precision={0} />
        </Form.Item>
        <Form.Item name="active" label="启用" valuePropName="checked" extra="停用后不能再选用，已有的结果不受影响">
          <Switch checkedChildren="启用" unCheckedChildren="停用" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </FormModal>
  );
}
