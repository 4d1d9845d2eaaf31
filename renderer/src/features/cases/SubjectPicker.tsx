import { AutoComplete, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useCall } from '../../api/useCall';

export interface PickedSubject {
  id: number | null;
  name: string;
  uscc?: string | null;
}

/** Options carry a key no one types, so a typed name is never taken for a pick. */
const OPTION = '@@subject:';
const optionKey = (id: number) => `${OPTION}${id}`;

/**
 * The case's subject: typing searches the directory (name, address, USCC prefix or pinyin initials) and a pick
 * links the case to that subject; a name not in the directory (an unlicensed stall, say) is kept as typed.
 */
export function SubjectPicker({
  value,
  onChange,
}: {
  value?: PickedSubject;
  onChange?: (value: PickedSubject) => void;
}) {
  const text = value?.name ?? '';
  const [keyword, setKeyword] = useState('');
  // Ask the directory only once typing pauses, not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setKeyword(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useCall('subjects.list', { q: keyword, pageSize: 20 }, keyword.length > 0);
  const rows = found.data?.rows ?? [];
  return (
    <>
      <AutoComplete
        value={text}
        placeholder="输入名称、地址、信用代码或拼音首字母查找；名录库中没有的可直接填写名称"
        options={rows.map((s) => ({
          value: optionKey(s.id),
          label: (
            <span>
              {s.name}
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {s.uscc ?? '无信用代码'}
              </Typography.Text>
            </span>
          ),
        }))}
        onChange={(typed: string) => {
          // Picking an option also arrives here with the option's key: onSelect handles that case.
          if (!typed.startsWith(OPTION)) onChange?.({ id: null, name: typed });
        }}
        onSelect={(key: string) => {
          const s = rows.find((r) => optionKey(r.id) === key);
          if (s) onChange?.({ id: s.id, name: s.name, uscc: s.uscc });
        }}
        data-testid="case-subject"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="case-subject-link">
        {value?.id
          ? `已关联名录库对象${value.uscc ? `（统一社会信用代码 ${value.uscc}）` : ''}`
          : text
            ? '未关联名录库，按填写的名称登记'
            : ''}
      </Typography.Text>
    </>
  );
}
