import { Select, Typography } from 'antd';
import { useMemo } from 'react';
import type { MethodOutput } from '../../../../electron/core/contract';
import { useCall } from '../../api/useCall';

type Choices = MethodOutput<'plans.itemChoices'>;
type Joint = MethodOutput<'items.jointList'>[number];

/** A joint item's option value: choosing it adds every member item in force, and the option itself is not kept. */
const JOINT = 'joint:';

const itemLabel = (i: Choices['items'][number]) =>
  `${i.code} ${i.name}（${i.departmentName}｜${i.category === 'key' ? '重点' : `一般，≤${i.caps}`}）`;

function jointOption(joint: Joint, inForce: Set<number>) {
  // The joint item as of the period's first day (items.jointList asOf), its members filtered by the same day's list.
  const members = joint.items.filter((m) => inForce.has(m.id));
  const missing = joint.items.length - members.length;
  return {
    value: `${JOINT}${joint.id}`,
    label: `一业一查：${joint.name}（${members.length} 个事项，牵头 ${joint.leadDepartmentName}${missing ? `；另 ${missing} 个在期间第一天不在清单中` : ''}）`,
    disabled: members.length === 0,
  };
}

/**
 * The task's items: those in force on the period's first day (the plan's rule, decided by the core), shown and
 * searched as `编码 名称`. A 联合抽查事项 (一业一查) can be chosen as a whole. Items left out are named with why.
 */
export function ItemPicker(props: {
  asOf: string;
  value?: number[];
  onChange?: (ids: number[]) => void;
  'data-testid'?: string;
}) {
  const { asOf, value, onChange } = props;
  const choices = useCall('plans.itemChoices', { periodStart: asOf });
  const joints = useCall('items.jointList', { asOf });
  const inForce = useMemo(() => new Set((choices.data?.items ?? []).map((i) => i.id)), [choices.data]);
  const jointMembers = useMemo(
    () => new Map((joints.data ?? []).map((j) => [`${JOINT}${j.id}`, j.items.map((m) => m.id)])),
    [joints.data],
  );
  const options = [
    ...((joints.data ?? []).length > 0
      ? [
          {
            label: '联合抽查事项（一业一查，整组选入）',
            options: (joints.data ?? []).map((j) => jointOption(j, inForce)),
          },
        ]
      : []),
    { label: '抽查事项', options: (choices.data?.items ?? []).map((i) => ({ value: i.id, label: itemLabel(i) })) },
  ];
  const change = (picked: (number | string)[]) => {
    const ids = picked.flatMap((v) =>
      typeof v === 'number' ? [v] : (jointMembers.get(v) ?? []).filter((id) => inForce.has(id)),
    );
    onChange?.([...new Set(ids)]);
  };
  const excluded = choices.data?.excluded ?? [];
  return (
    <>
      <Select<(number | string)[]>
        mode="multiple"
        showSearch
        optionFilterProp="label"
        placeholder="输入事项编码或名称查找；也可选择联合抽查事项整组选入"
        loading={choices.loading}
        value={value}
        onChange={change}
        options={options}
        data-testid={props['data-testid']}
      />
      {excluded.length > 0 && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '4px 0 0', fontSize: 12 }}
          ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
          data-testid="task-items-excluded"
        >
          {`${excluded.length} 个事项在 ${asOf}（检查期间第一天）尚未生效或已废止，未列出：`}
          {excluded
            .map((i) =>
              i.reason === 'notYet'
                ? `${i.code} ${i.name}（${i.since} 起生效）`
                : `${i.code} ${i.name}（${i.since} 废止）`,
            )
            .join('；')}
        </Typography.Paragraph>
      )}
    </>
  );
}
