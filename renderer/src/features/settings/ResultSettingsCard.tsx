import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { MethodInput } from '../../../../electron/core/contract';
import { call, errorMessage } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../app/session';
import { useUnsavedForm } from '../../components/unsavedChanges';

type Rules = MethodInput<'results.updateRules'>;

/**
 * The result deadlines: publication within N working days of the result date (LY, SH) or of the task's inspection
 * end (GY) — the office chooses the basis —, entry within N working days after a task ends, and whether results are
 * reviewed before publication. A new publication period moves every pending
 * deadline, so the card says how many were worked out again.
 */
export function ResultSettingsCard({ onSaved }: { onSaved: () => void }) {
  const { message } = App.useApp();
  const { can } = useSession();
  const mayEdit = can('results.updateRules');
  const [form] = Form.useForm<Rules>();
  const unsaved = useUnsavedForm(form);
  const rules = useCall('results.rules', {});
  const [busy, setBusy] = useState(false);
  const [moved, setMoved] = useState<number | null>(null);
  useEffect(() => {
    if (rules.data) form.setFieldsValue(rules.data);
  }, [rules.data, form]);
  const save = async (values: Rules) => {
    setBusy(true);
    try {
      const saved = await call('results.updateRules', values);
      setMoved(saved.moved);
      unsaved.markSaved();
      message.success('结果公示期限已保存');
      rules.reload();
      onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="检查结果期限与审核" style={{ marginBottom: 16 }}>
      <Form<Rules>
        form={form}
        {...unsaved.track}
        layout="vertical"
        onFinish={(v) => void save(v)}
        // Until the saved rules arrive, typing would be overwritten by them.
        disabled={!mayEdit || !rules.data}
        data-testid="result-rules-form"
      >
        <Row gutter={24}>
          <Col xs={24} lg={8}>
            <Form.Item
              name="publishBasis"
              label="公示期限起算"
              rules={[{ required: true, message: '请选择公示期限的起算日' }]}
              extra="洛阳、上海：自检查结果形成之日起；固阳：自抽查检查结束之日起"
            >
              <Select
                data-testid="rules-publish-basis"
                options={[
                  { value: 'resultDate', label: '自结果形成之日起' },
                  { value: 'inspectionEnd', label: '自任务检查结束之日起' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item
              name="publishWithinAfterEnd"
              label="检查结束后的公示期限"
              rules={[{ required: true, message: '请填写检查结束后的公示期限' }]}
              extra="按“自任务检查结束之日起”起算时使用；固阳为 10 个工作日（检查日晚于结束日的，自检查日起算）"
            >
              <InputNumber min={1} max={60} precision={0} addonAfter="个工作日" data-testid="rules-publish-after-end" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={24}>
          <Col xs={24} lg={8}>
            <Form.Item
              name="publishWithin"
              label="公示期限"
              rules={[{ required: true, message: '请填写公示期限' }]}
              extra="按“自结果形成之日起”起算时：结果形成之日起（当日不计）多少个工作日内公示；洛阳、上海为 20 个工作日"
            >
              <InputNumber min={1} max={60} precision={0} addonAfter="个工作日" data-testid="rules-publish-within" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item
              name="entryWithin"
              label="录入期限"
              rules={[{ required: true, message: '请填写录入期限' }]}
              extra="任务检查期间结束后多少个工作日内录入全部结果；超过的任务列入待办"
            >
              <InputNumber min={1} max={60} precision={0} addonAfter="个工作日" data-testid="rules-entry-within" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item
              name="review"
              label="公示前需要审核"
              valuePropName="checked"
              extra="开启后，录入的结果须经部门管理员或牵头部门审核通过才能公示"
            >
              <Switch checkedChildren="需要" unCheckedChildren="不需要" data-testid="rules-review" />
            </Form.Item>
          </Col>
        </Row>
        {mayEdit && (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="rules-save">
            保存
          </Button>
        )}
      </Form>
      {moved !== null && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          message={
            moved > 0
              ? `已按新的公示期限规则重新计算 ${moved} 条未公示结果的期限。`
              : '公示期限规则未变，或没有未公示的结果：无需重新计算期限。'
          }
          data-testid="rules-moved"
        />
      )}
    </Card>
  );
}
