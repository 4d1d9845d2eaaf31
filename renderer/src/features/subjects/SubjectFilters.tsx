import { Input, Select, Space } from 'antd';
import type { SubjectFilter } from '../../../../electron/core/subjects/schemas';
import { REG_STATUSES, RISK_LABELS, SUBJECT_TYPES } from '../../app/labels';

type Filter = Omit<SubjectFilter, 'q'>;

const FLAG_OPTIONS = [
  { value: 'abnormal', label: '经营异常名录' },
  { value: 'seriousIllegal', label: '严重违法失信' },
  { value: 'penalized3y', label: '近三年行政处罚' },
];

/** The filter bar: every choice narrows the query in SQL; nothing is filtered in the page. */
export function SubjectFilters({
  onSearch,
  onChange,
}: {
  onSearch: (q: string) => void;
  onChange: (patch: Partial<Filter>) => void;
}) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder="名称、地址、信用代码或拼音首字母（如 scjg）"
        allowClear
        enterButton="搜索"
        onSearch={(q) => onSearch(q.trim())}
        style={{ width: 380 }}
        data-testid="subject-search"
      />
      <Select
        placeholder="对象类型"
        allowClear
        style={{ width: 140 }}
        onChange={(type?: Filter['type']) => onChange({ type })}
        options={SUBJECT_TYPES.map((t) => ({ value: t, label: t }))}
      />
      <Select
        placeholder="信用风险分类"
        allowClear
        style={{ width: 140 }}
        onChange={(riskClass?: Filter['riskClass']) => onChange({ riskClass })}
        options={Object.entries(RISK_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Select
        placeholder="登记状态"
        allowClear
        style={{ width: 120 }}
        onChange={(regStatus?: string) => onChange({ regStatus })}
        options={REG_STATUSES.map((s) => ({ value: s, label: s }))}
      />
      <Input
        placeholder="行业代码，如 F52"
        allowClear
        style={{ width: 140 }}
        onBlur={(e) => onChange({ industryCode: e.target.value.trim() || undefined })}
        onPressEnter={(e) => onChange({ industryCode: e.currentTarget.value.trim() || undefined })}
      />
      <Input
        placeholder="标签"
        allowClear
        style={{ width: 110 }}
        onBlur={(e) => onChange({ tag: e.target.value.trim() || undefined })}
        onPressEnter={(e) => onChange({ tag: e.currentTarget.value.trim() || undefined })}
      />
      <Select
        placeholder="信用标记"
        allowClear
        style={{ width: 150 }}
        onChange={(flag?: string) =>
          onChange({
            abnormal: flag === 'abnormal' || undefined,
            seriousIllegal: flag === 'seriousIllegal' || undefined,
            penalized3y: flag === 'penalized3y' || undefined,
          })
        }
        options={FLAG_OPTIONS}
      />
    </Space>
  );
}
