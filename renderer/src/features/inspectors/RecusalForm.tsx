import { Alert, Button, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { describeRecusalRegion, parseRecusalRegion } from '../../../../electron/core/inspectors/recusal.shared';
import {
  REGION_CODE_DIGITS,
  REGION_LEVEL_LABELS,
  regionLevelOf,
  type RegionLevel,
} from '../../../../electron/core/subjects/region-code.shared';
import { call } from '../../api/client';
import { useSubmit } from '../../api/useSubmit';

const RELATIONS = ['本人或近亲属经营', '原工作单位', '其他利害关系', '所在区域回避'] as const;

/** How the region is named: a code of one of the three levels, or a township or street by name. */
type RegionForm = RegionLevel | 'name';

const CODE_EXAMPLES: Record<RegionLevel, string> = {
  county: '150222',
  township: '150222100',
  village: '150222100201',
};

interface RecusalFormValues {
  kind: 'subject' | 'region';
  subjectUscc?: string;
  regionForm: RegionForm;
  region?: string;
  relation: (typeof RELATIONS)[number];
  reason: string;
}

/**
 * 登记回避: a subject by its USCC (as written on the declaration), or a region — a county, township or village by
 * code, or a township or street by name. The check and the wording are the core's one rule (recusal.shared.ts).
 */
export function RecusalForm({ inspectorId, onAdded }: { inspectorId: number; onAdded: () => void }) {
  const [form] = Form.useForm<RecusalFormValues>();
  const [kind, setKind] = useState<'subject' | 'region'>('subject');
  const regionForm = Form.useWatch('regionForm', form) ?? 'township';
  const region = Form.useWatch('region', form) ?? '';
  const { run, busy, error } = useSubmit(async ({ regionForm: how, region: text, ...values }: RecusalFormValues) => {
    const named = how === 'name' ? { regionName: text?.trim() } : { regionCode: text?.trim() };
    await call('inspectors.addRecusal', { ...values, ...(values.kind === 'region' ? named : {}), inspectorId });
    form.resetFields();
    setKind('subject');
    onAdded();
  });
  const parsed = region.trim() ? parseRecusalRegion(region) : null;
  const preview = parsed?.ok ? describeRecusalRegion(parsed.region) : null;
  return (
    <Form<RecusalFormValues>
      form={form}
      layout="vertical"
      onFinish={run}
      initialValues={{ kind: 'subject', relation: '本人或近亲属经营', regionForm: 'township' }}
      data-testid="recusal-form"
    >
      <Form.Item name="kind" label="回避范围">
        <Radio.Group onChange={(e) => setKind(e.target.value as 'subject' | 'region')}>
          <Radio value="subject">具体检查对象</Radio>
          <Radio value="region" data-testid="recusal-kind-region">
            区域
          </Radio>
        </Radio.Group>
      </Form.Item>
      {kind === 'subject' ? (
        <Form.Item
          name="subjectUscc"
          label="对象的统一社会信用代码"
          rules={[{ required: true, message: '请输入统一社会信用代码' }]}
        >
          <Input data-testid="recusal-uscc" />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="regionForm" label="区域级别">
            <Radio.Group data-testid="recusal-region-form" onChange={() => form.setFieldValue('region', '')}>
              {(Object.keys(REGION_LEVEL_LABELS) as RegionLevel[]).map((level) => (
                <Radio key={level} value={level}>
                  {REGION_LEVEL_LABELS[level]}（{REGION_CODE_DIGITS[level]} 位代码）
                </Radio>
              ))}
              <Radio value="name">乡镇街道名称</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="region"
            label={regionForm === 'name' ? '乡镇街道名称' : `${REGION_LEVEL_LABELS[regionForm]}区划代码`}
            extra={
              <>
                {regionForm === 'name'
                  ? '以镇、乡、街道、苏木或办事处结尾，如 城关镇、东城街道；按对象的登记地址判断（地址中该名称紧跟在县、区、市等之后或在开头），“新城关镇”不算“城关镇”。'
                  : `${REGION_CODE_DIGITS[regionForm]} 位统计用区划代码，如 ${CODE_EXAMPLES[regionForm]}；区划代码以它开头的对象都回避。`}
                {preview && (
                  <Typography.Text type="success" style={{ display: 'block' }} data-testid="recusal-region-preview">
                    将登记为：{preview}
                  </Typography.Text>
                )}
              </>
            }
            rules={[
              {
                validator: (_, value?: string) => {
                  const result = parseRecusalRegion(value ?? '');
                  if (!result.ok) return Promise.reject(new Error(result.message));
                  if (
                    regionForm === 'name'
                      ? result.region.regionName === null
                      : regionLevelOf(value?.trim() ?? '') !== regionForm
                  )
                    return Promise.reject(
                      new Error(
                        regionForm === 'name'
                          ? '请填写乡镇街道名称，或改选按代码。'
                          : `${REGION_LEVEL_LABELS[regionForm]}代码应为 ${REGION_CODE_DIGITS[regionForm]} 位数字，或改选其他级别。`,
                      ),
                    );
                  return Promise.resolve();
                },
              },
            ]}
          >
            <Input
              data-testid="recusal-region"
              maxLength={regionForm === 'name' ? 20 : REGION_CODE_DIGITS[regionForm]}
              placeholder={regionForm === 'name' ? '城关镇' : CODE_EXAMPLES[regionForm]}
            />
          </Form.Item>
        </>
      )}
      <Form.Item name="relation" label="原因类别">
        <Select options={RELATIONS.map((r) => ({ value: r, label: r }))} />
      </Form.Item>
      <Form.Item name="reason" label="具体理由" rules={[{ required: true, message: '请写明理由' }]}>
        <Input.TextArea rows={2} data-testid="recusal-reason" />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="recusal-submit">
        登记回避
      </Button>
    </Form>
  );
}
