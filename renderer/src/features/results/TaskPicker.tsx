import { InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCall } from '../../api/useCall';
import { useOfficeToday } from '../../components/OfficeDay';

/**
 * Chooses a locked task (results belong to a final list) and keeps it in the address, so a link from 待办 or a
 * reload lands on the same task. Returns the chosen task id, or null.
 */
export function useTaskParam(): [number | null, (id: number) => void] {
  const [params, setParams] = useSearchParams();
  const id = Number(params.get('task'));
  return [id > 0 ? id : null, (next) => setParams({ task: String(next) }, { replace: true })];
}

export function TaskPicker({ value, onChange }: { value: number | null; onChange: (id: number) => void }) {
  const today = useOfficeToday();
  const [year, setYear] = useState(today.year);
  const tasks = useCall('tasks.list', { year });
  const locked = tasks.data?.filter((t) => t.drawStatus === 'locked') ?? [];
  return (
    <Space style={{ marginBottom: 16 }} wrap>
      <span>年度</span>
      <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />
      <span>抽查任务</span>
      <Select
        style={{ width: 420 }}
        placeholder="选择已锁定名单的抽查任务"
        loading={tasks.loading}
        value={value ?? undefined}
        onChange={onChange}
        showSearch
        optionFilterProp="label"
        data-testid="task-picker"
        options={locked.map((t) => ({
          value: t.id,
          label: `${t.id} ${t.name}（${t.periodStart} 至 ${t.periodEnd}）`,
        }))}
        notFoundContent={tasks.loading ? '加载中…' : '本年度没有已锁定名单的任务'}
      />
    </Space>
  );
}
