import { Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { SubjectFilter } from '../../../../electron/core/subjects/schemas';
import { REG_STATUSES, RISK_LABELS, SUBJECT_TYPES } from '../../../../electron/core/subjects/vocabulary.shared';

type Filter = Omit<SubjectFilter, 'q'>;

const FLAG_OPTIONS = [
  { value: 'abnormal', label: '经营异常名录' },
  { value: 'seriousIllegal', label: '严重违法失信' },
  { value: 'penalized3y', label: '近三年行政处罚' },
  { value: 'complaintVerified', label: '投诉举报经核实' },
];

/** Runs `reset` during render when `value` differs from the last one seen (React's "adjust state on prop change"). */
function useFollow<T>(value: T, reset: () => void): void {
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    reset();
  }
}

/** A text box that edits freely and reports on Enter or when left; it follows `value` when that changes outside. */
function CommitInput(props: {
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  placeholder: string;
  width: number;
  testId?: string;
}) {
  const [text, setText] = useState(props.value ?? '');
  useFollow(props.value, () => setText(props.value ?? ''));
  const commit = () => props.onCommit(text.trim() || undefined);
  return (
    <Input
      placeholder={props.placeholder}
      value={text}
      allowClear
      style={{ width: props.width }}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
      data-testid={props.testId}
    />
  );
}

/**
 * The filter bar: every choice narrows the query in SQL; nothing is filtered in the page. It shows `value`, so a
 * sub-library picked elsewhere appears in its boxes.
 */
export function SubjectFilters({
  value,
  onSearch,
  onChange,
}: {
  value: SubjectFilter;
  onSearch: (q: string) => void;
  onChange: (patch: Partial<Filter>) => void;
}) {
  const [q, setQ] = useState(value.q ?? '');
  useFollow(value.q, () => setQ(value.q ?? ''));
  const flag = value.abnormal
    ? 'abnormal'
    : value.seriousIllegal
      ? 'seriousIllegal'
      : value.penalized3y
        ? 'penalized3y'
        : value.complaintVerified
          ? 'complaintVerified'
          : undefined;
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder="名称、地址、信用代码或拼音首字母（如 scjg）"
        allowClear
        enterButton="搜索"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(text) => onSearch(text.trim())}
        style={{ width: 380 }}
        data-testid="subject-search"
      />
      <Select
        placeholder="对象类型"
        value={value.type}
        allowClear
        style={{ width: 140 }}
        onChange={(type?: Filter['type']) => onChange({ type })}
        options={SUBJECT_TYPES.map((t) => ({ value: t, label: t }))}
      />
      <Select
        placeholder="信用风险分类"
        value={value.riskClass}
        allowClear
        style={{ width: 140 }}
        onChange={(riskClass?: Filter['riskClass']) => onChange({ riskClass })}
        options={Object.entries(RISK_LABELS).map(([v, label]) => ({ value: v, label }))}
      />
      <Select
        placeholder="登记状态"
        value={value.regStatus}
        allowClear
        style={{ width: 120 }}
        onChange={(regStatus?: string) => onChange({ regStatus })}
        options={REG_STATUSES.map((s) => ({ value: s, label: s }))}
      />
      <CommitInput
        placeholder="行业代码，如 F52"
        value={value.industryCode}
        width={140}
        onCommit={(industryCode) => onChange({ industryCode })}
        testId="subject-filter-industry"
      />
      <CommitInput placeholder="标签" value={value.tag} width={110} onCommit={(tag) => onChange({ tag })} />
      <Select
        placeholder="信用标记"
        value={flag}
        allowClear
        style={{ width: 150 }}
        onChange={(chosen?: string) =>
          onChange({
            abnormal: chosen === 'abnormal' || undefined,
            seriousIllegal: chosen === 'seriousIllegal' || undefined,
            penalized3y: chosen === 'penalized3y' || undefined,
            complaintVerified: chosen === 'complaintVerified' || undefined,
          })
        }
        options={FLAG_OPTIONS}
      />
    </Space>
  );
}
