import { Tag } from 'antd';

const LABELS = {
  valid: ['有效', 'green'],
  expiring: ['即将到期', 'orange'],
  expired: ['已过期', 'red'],
  none: ['无执法证', 'default'],
} as const;

export function CertTag({ status, validTo }: { status: keyof typeof LABELS; validTo: string | null }) {
  const [label, color] = LABELS[status];
  return (
    <Tag color={color}>
      {label}
      {validTo ? `（至 ${validTo}）` : ''}
    </Tag>
  );
}
